import type { TemplateSet } from '../template-types';

/** Sales leads, English. `{{topic}}` reads well as "a possible collaboration" or "the Q1 pilot". */
export const EN_SALES: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up: {{topic}}',
      body: `Hi {{firstName}},

I know your week is full, so just a quick follow-up on {{topic}}.

{{hook}}

Would a 15-minute call be worth it to see whether this fits your plans? If so, just reply with a time that suits you.

Best regards,
{{myName}}`,
    },
    {
      subject: 'A quick question about {{topic}}',
      body: `Hi {{firstName}},

I hope things are going well on your side. I realise a lot is competing for your attention, so I'll keep this short: I'm following up on {{topic}}.

{{hook}}

Is this something you'd like to look at now, or would it be better if I checked back later in the year?

Thanks,
{{myName}}`,
    },
    {
      subject: 'Re: {{topic}}',
      body: `Hi {{firstName}},

Hope you're having a good {{weekday}}. I know how quickly messages pile up, so I'm bringing {{topic}} back to the top of your inbox.

{{hook}}

Would it help if I sent a one-page summary you could read whenever you have a moment?

All the best,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop reaching out?',
      body: `Hi {{firstName}},

I've followed up a few times about {{topic}}, and I completely understand if it isn't a priority right now.

I don't want to fill your inbox with things you're not interested in, so: would you prefer that I stop following up? A short "no thanks" is absolutely fine.

{{hook}}

Thanks for reading,
{{myName}}`,
    },
    {
      subject: 'An honest question about {{topic}}',
      body: `Hi {{firstName}},

I know how busy you are, and it's completely fine if this just isn't on your list at the moment.

Rather than keep writing, I'd like to ask directly: should I stop following up? If you'd rather I stopped, a one-line reply is all it takes, and I'll take it with a smile.

{{hook}}

Kind regards,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

I hope all is well. I'd rather ask than guess: would you like me to stop following up about {{topic}}?

If the timing is simply wrong, tell me when might suit better and I'll get in touch then. And if you'd rather I stopped, that's completely fine too.

{{hook}}

Best,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'Something that might be useful',
      body: `Hi {{firstName}},

No reply needed, this is just a light check-in. If it would help, I'm happy to share a few examples of how similar teams have handled this.

I'll only write now and then from here on.

{{hook}}

Best regards,
{{myName}}`,
    },
    {
      subject: 'Checking in on {{topic}}',
      body: `Hi {{firstName}},

It's been a while, so just a short hello. If your plans have changed since I last wrote about {{topic}}, I'd be glad to hear about it, with no rush at all.

{{hook}}

Have a good {{weekday}},
{{myName}}`,
    },
    {
      subject: 'A quick hello',
      body: `Hi {{firstName}},

I hope the past few weeks have treated you well. Just a short note to say I'm still happy to help whenever the timing suits you better.

{{hook}}

Warm regards,
{{myName}}`,
    },
  ],
};
