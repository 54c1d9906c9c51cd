import type { TemplateSet } from '../template-types';

/** Any other context, English. `{{topic}}` reads well as "a question I had" or "the venue booking". */
export const EN_GENERIC: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      body: `Hi {{firstName}},

I know you're busy, so just a short follow-up on {{topic}}.

{{hook}}

Is this still on your list, or would it be better if I checked back later?

Best regards,
{{myName}}`,
    },
    {
      subject: 'A quick note about {{topic}}',
      body: `Hi {{firstName}},

I hope your week is going well. You have plenty on your plate, so I'll keep it brief: I'm following up on {{topic}}.

{{hook}}

What would be the easiest next step for you?

Thanks,
{{myName}}`,
    },
    {
      subject: 'Re: {{topic}}',
      body: `Hi {{firstName}},

Happy {{weekday}}! Messages have a way of slipping down the inbox, so I'm bringing {{topic}} back to the top.

{{hook}}

If it's easier to talk it through, would a short call suit you some time?

All the best,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I know how busy you are, and I completely understand if there just hasn't been time to come back to {{topic}}.

I don't want to keep filling your inbox, though. Would you rather I stopped following up? A one-word reply is perfectly fine, and no hard feelings at all.

{{hook}}

Thank you,
{{myName}}`,
    },
    {
      subject: 'A quick, honest question',
      body: `Hi {{firstName}},

I've written a few times about {{topic}}, so let me ask directly: would you prefer that I stop following up?

If the timing is wrong, just say so and I'll step back. I'd much rather know than keep guessing.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I hope all is well. I don't want to be one more thing on your to-do list, so I'll ask plainly: should I stop following up about {{topic}}?

A short "no thanks" is completely fine, and I won't take it personally.

{{hook}}

Kind regards,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A quick hello',
      body: `Hi {{firstName}},

No need to reply to this one. I just wanted to say hello, and that I'm still glad to help whenever it suits you.

{{hook}}

Have a good {{weekday}},
{{myName}}`,
    },
    {
      subject: 'Keeping in touch',
      body: `Hi {{firstName}},

It's been a while, so just a short note. If anything has changed on your side, I'd be glad to hear about it, whenever you have a moment.

{{hook}}

Best wishes,
{{myName}}`,
    },
    {
      subject: 'Still here if useful',
      body: `Hi {{firstName}},

I hope the past few weeks have been good to you. I'll only write now and then, but if there's anything I can do to make things easier on your side, just let me know.

{{hook}}

Warm regards,
{{myName}}`,
    },
  ],
};
