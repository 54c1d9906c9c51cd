import type { TemplateSet } from '../template-types';

/** Job applications, English. `{{topic}}` reads as "the product designer role"; without one, "my application". */
export const EN_JOB: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      body: `Hi {{firstName}},

I know hiring takes time, so I'll keep this short: I'm following up on {{topic}}. I'm still keen, and glad to help with anything that makes your decision easier.

{{hook}}

Is there anything else I could send over, such as references or a work sample?

Best regards,
{{myName}}`,
    },
    {
      subject: 'A short note about {{topic}}',
      body: `Hi {{firstName}},

I hope your {{weekday}} is going well. I realise there's a lot on your plate, so just a brief note to check in about {{topic}}.

{{hook}}

Would a short call about next steps be useful at some point? I'm happy to fit in around your schedule.

Thanks so much,
{{myName}}`,
    },
    {
      subject: 'Checking in on {{topic}}',
      body: `Hi {{firstName}},

Just a quick follow-up on {{topic}}. Inboxes get busy, so I thought a short reminder might help.

{{hook}}

Is there a question I could answer for you in the meantime?

Warm regards,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I know how busy you are, and I completely understand if there just hasn't been time to come back to {{topic}}.

I don't want to keep filling your inbox if the timing or the fit isn't right, though. Would you rather I stopped following up? A one-word reply is perfectly fine, and no hard feelings either way.

{{hook}}

Thank you for your time,
{{myName}}`,
    },
    {
      subject: 'One honest question',
      body: `Hi {{firstName}},

I've written a few times about {{topic}}, and I know how much else is competing for your attention.

So let me ask plainly: would you prefer that I stop following up? If the position has been filled or I'm not the right fit, just say so. I'll take it kindly and won't write about it again.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I don't want to be one more email you have to deal with, so I'll ask directly: should I stop following up about {{topic}}?

A simple "no thanks" is completely fine. And if it's only a matter of timing, tell me when would suit you better and I'll wait until then.

{{hook}}

Kind regards,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A short hello',
      body: `Hi {{firstName}},

No need to reply to this one. I'm still interested, and I'd be glad to hear if there's ever news on {{topic}}.

If it's useful, I'm happy to send a short summary of my experience that you could pass on to the team.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
    {
      subject: 'Keeping in touch',
      body: `Hi {{firstName}},

Just a short hello from my side. I'll only write now and then from here on, but I'm still keen on working with your team.

Should anything change with {{topic|your hiring plans}}, I'd love to hear about it.

{{hook}}

Best wishes,
{{myName}}`,
    },
    {
      subject: 'Still here if it helps',
      body: `Hi {{firstName}},

I hope things have calmed down a little since I last wrote. Nothing you need to act on: I simply wanted to stay in touch about {{topic}}.

If references or a work sample would help at any point, just let me know and I'll send them over.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
  ],
};
