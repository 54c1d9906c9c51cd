import type { TemplateSet } from '../template-types';

/** Networking contacts, English. `{{topic}}` reads well as "meeting for a quick chat" or "the mentoring programme". */
export const EN_NETWORKING: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      body: `Hi {{firstName}},

I know you have a lot going on, so just a short follow-up on {{topic}}.

{{hook}}

Would you be up for a 20-minute coffee or video call in the next few weeks? Any time that suits you works for me.

Best,
{{myName}}`,
    },
    {
      subject: 'Coffee in the next few weeks?',
      body: `Hi {{firstName}},

I hope you're well. Your calendar is probably packed, so here's just a gentle nudge about {{topic}}.

{{hook}}

If you have a spare half hour at some point, could we find a time to talk? I'm happy to work around you.

Thanks,
{{myName}}`,
    },
    {
      subject: 'Re: {{topic}}',
      body: `Hi {{firstName}},

Happy {{weekday}}! Messages get buried so easily, so I wanted to follow up on {{topic}}.

{{hook}}

Would a short call later this month work for you? If email is easier, that's great too.

All the best,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I've followed up a few times about {{topic}}, and I know how busy you are. I completely understand if now isn't the right time.

I don't want to keep landing in your inbox if you'd rather I didn't, so may I ask directly: would you prefer that I stop following up? No explanation needed, and no hard feelings.

{{hook}}

Warm regards,
{{myName}}`,
    },
    {
      subject: 'An honest question',
      body: `Hi {{firstName}},

I'd rather ask than keep guessing: would you prefer that I stop reaching out about {{topic}}? It's completely fine either way, and I won't take it personally.

If it's just a busy season, a quick "later" is all I need.

{{hook}}

Best,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I hope things are good with you. My notes about {{topic}} keep arriving in a busy inbox, so let me make it easy: should I stop following up? A one-word reply is plenty.

{{hook}}

Thanks, either way,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A quick hello',
      body: `Hi {{firstName}},

No need to reply to this. I just wanted to say hello and keep in touch. If there's anything I can help with, an introduction or a second pair of eyes on something, I'd be glad to.

{{hook}}

Have a good {{weekday}},
{{myName}}`,
    },
    {
      subject: 'Keeping in touch',
      body: `Hi {{firstName}},

It's been a little while, so just a short note from my side. Whenever it suits you, I'd love to hear how things are going.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Still happy to help',
      body: `Hi {{firstName}},

I hope the last few weeks have been kind to you. I'll only drop you a line now and then, but if anything I'm working on could be useful to you, just say the word.

{{hook}}

Best wishes,
{{myName}}`,
    },
  ],
};
