import type { TemplateSet } from '../template-types';

/** Job applications, English. `{{topic}}` reads well as "my application" or "the designer role". */
export const EN_JOB: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      body: `Hi {{firstName}},

I know this is a busy time, so I'll keep it short. I'm following up on {{topic}}, and I'm still very excited about the opportunity.

{{hook}}

Is there anything else I could send over that would help?

Best regards,
{{myName}}`,
    },
    {
      subject: 'A quick follow-up: {{topic}}',
      body: `Hi {{firstName}},

I hope your week is going well. I realise you must have a lot on your plate, so just a short note about {{topic}}.

{{hook}}

Would a brief chat about next steps suit you at some point? I'm happy to fit around your schedule.

Thanks so much,
{{myName}}`,
    },
    {
      subject: 'Re: {{topic}}',
      body: `Hi {{firstName}},

I hope you're having a good {{weekday}}. Inboxes fill up fast, so I wanted to bring {{topic}} back to the top of yours.

{{hook}}

If it helps, I'd be glad to answer any questions by email. Is there anything you'd like to know?

Warm regards,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I know how busy you are, and I completely understand if there just hasn't been time to come back to {{topic}}.

At the same time, I don't want to fill your inbox if the timing or the fit isn't right. Would you rather I stopped following up? A one-word reply is perfectly fine, and no hard feelings either way.

{{hook}}

Thank you for your time,
{{myName}}`,
    },
    {
      subject: 'One honest question about {{topic}}',
      body: `Hi {{firstName}},

I've reached out a few times about {{topic}}, and I know how full your inbox must be.

So let me simply ask: would you prefer that I stop following up? If it isn't the right fit, just say so. I'll take it kindly and won't write about this again.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back if you prefer',
      body: `Hi {{firstName}},

I hope all is well. I don't want to be one more email you have to deal with, so I'll ask plainly: should I stop following up about {{topic}}?

A simple "no thanks" is completely fine. And if it's just a matter of timing, I'm happy to wait until things calm down.

{{hook}}

Kind regards,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A light check-in about {{topic}}',
      body: `Hi {{firstName}},

No need to reply to this one. I just wanted to say I'm still interested, should anything change with {{topic}}.

If it's useful, I'm happy to send a short summary of my experience that you could pass on to the team.

{{hook}}

Have a good {{weekday}},
{{myName}}`,
    },
    {
      subject: 'A quick hello',
      body: `Hi {{firstName}},

It's been a little while, so just a short hello. I'm still keen on working with your team, and I'd be glad to hear if anything changes with {{topic}}.

{{hook}}

Wishing you a good rest of the week,
{{myName}}`,
    },
    {
      subject: 'Keeping in touch about {{topic}}',
      body: `Hi {{firstName}},

I hope things have calmed down a little since my last note. No action needed; I just wanted to stay on your radar regarding {{topic}}.

If references or a work sample would help at any point, just let me know and I'll send them over.

{{hook}}

Best wishes,
{{myName}}`,
    },
  ],
};
