import type { TemplateSet } from '../template-types';

/** Sales leads, English. `{{topic}}` reads as "the Q1 pilot"; without one, the sentences say it their own way. */
export const EN_SALES: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      subjectWithoutTopic: 'A short follow-up',
      body: `Hi {{firstName}},

I know how full the week can get, so just a short follow-up on {{topic}}.

{{hook}}

Would a 15-minute call help you see whether this fits your plans? If so, reply with a time that suits you and I'll work around it.

Best regards,
{{myName}}`,
    },
    {
      subject: 'A quick question about {{topic}}',
      subjectWithoutTopic: 'A quick question',
      body: `Hi {{firstName}},

I hope things are going well on your side. I'll keep this brief: I'm following up on {{topic}}.

{{hook}}

Is this something you'd like to look at now, or would it be better if I checked back in a few months?

Thanks,
{{myName}}`,
    },
    {
      subject: '{{topic}}: a one-page summary',
      subjectWithoutTopic: 'A one-page summary, if it helps',
      body: `Hi {{firstName}},

I hope you're having a good {{weekday}}. Rather than another long email about {{topic|this}}, I can send a one-page summary to read whenever it suits you.

{{hook}}

Would that be useful?

Kind regards,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I know you're busy, and I completely understand if {{topic|this}} simply isn't a priority right now.

I don't want to keep filling your inbox, though. Would you rather I stopped following up? A one-word reply is perfectly fine, and no hard feelings at all.

{{hook}}

Thank you,
{{myName}}`,
    },
    {
      subject: 'Close the loop?',
      body: `Hi {{firstName}},

I've followed up a few times about {{topic|this}} and don't want to become a nuisance.

If it isn't a fit, or not the right time, would you like me to stop reaching out? Just say the word and I'll leave it there. That's perfectly fine.

{{hook}}

Best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I hope all is well. Rather than guess, I'll simply ask: should I stop following up about {{topic|this}}?

If the timing is off, tell me when would suit you better and I'll get back to you then. And if you'd rather I stopped altogether, that's completely fine too.

{{hook}}

All the best,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A brief hello',
      body: `Hi {{firstName}},

No reply needed. I'll only write now and then from here on, in case {{topic|this}} becomes relevant again.

If it would help, I'd be happy to send a short case study from a similar team.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
    {
      subject: 'A few ideas for {{topic}}',
      subjectWithoutTopic: 'A few ideas, whenever you want them',
      body: `Hi {{firstName}},

I hope business is going well. No need to reply: I have a few ideas for {{topic|your team}} and would be glad to share them whenever you'd like.

{{hook}}

Warm regards,
{{myName}}`,
    },
    {
      subject: 'Keeping the door open',
      body: `Hi {{firstName}},

Just a quick note to say the door is still open, whenever the time is right for {{topic|a conversation}}. There's no rush at all.

If your plans change {{later}}, a one-line reply is all it takes to pick things up again.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
  ],
};
