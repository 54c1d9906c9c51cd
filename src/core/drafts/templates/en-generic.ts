import type { TemplateSet } from '../template-types';

/** Any other context, English. `{{topic}}` reads as "the talk in March"; without one, the sentences say it their own way. */
export const EN_GENERIC: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      subjectWithoutTopic: 'A short follow-up',
      body: `Hi {{firstName}},

I know you have a lot going on, so just a short note to follow up on {{topic}}.

{{hook}}

Is this still on your list, or would it be better if I checked back {{later}}?

Thank you,
{{myName}}`,
    },
    {
      subject: 'A quick note about {{topic}}',
      subjectWithoutTopic: 'A quick note',
      body: `Hi {{firstName}},

I hope your week is going well. I understand you're busy, so I'll keep it brief: I wanted to come back to {{topic}}.

{{hook}}

Would it help if I summed it up in a couple of lines?

Best regards,
{{myName}}`,
    },
    {
      subject: 'Checking in on {{topic}}',
      subjectWithoutTopic: 'Checking in',
      body: `Hi {{firstName}},

Happy {{weekday}}! Messages have a way of slipping out of sight, so here's a gentle follow-up on {{topic}}.

{{hook}}

Is there anything I could do to make this easier for you?

Kind regards,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I know how busy you are and completely understand if there just hasn't been time to get back to me about {{topic|this}}.

At the same time, I don't want to keep adding to your inbox. Would you rather I stopped following up? A one-word answer is perfectly fine, and no hard feelings either way.

{{hook}}

Thank you for your time,
{{myName}}`,
    },
    {
      subject: 'A quick question before I go quiet',
      body: `Hi {{firstName}},

I've followed up a few times about {{topic|this}}, so I'll ask plainly: would you prefer that I stop following up?

If so, just say the word and I won't write about it again. I'd take it kindly.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I don't want to be a bother, so let me check: should I stop following up about {{topic|this}}?

A short "no thanks" is completely fine. And if it's only the timing, tell me when would suit you and I'll come back to it then.

{{hook}}

Kind regards,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A light check-in',
      body: `Hi {{firstName}},

No need to reply to this one. I'll only write now and then from here on, and I'd be glad to hear from you whenever {{topic|this}} becomes relevant again.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
    {
      subject: 'Just saying hello',
      body: `Hi {{firstName}},

Just a short hello, with no action needed on your side.

If I can help with anything, even something unrelated to {{topic|my earlier emails}}, I'd be happy to.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Still happy to help',
      body: `Hi {{firstName}},

I hope you're doing well. Just a short note to say I'm still around if {{topic|anything I wrote about}} comes back onto your desk.

{{hook}}

Best wishes,
{{myName}}`,
    },
  ],
};
