import type { TemplateSet } from '../template-types';

/** Networking contacts, English. `{{topic}}` reads as "your talk on design systems"; without one, the sentences say it their own way. */
export const EN_NETWORKING: TemplateSet = {
  'follow-up': [
    {
      subject: 'Following up on {{topic}}',
      subjectWithoutTopic: 'Good to be in touch',
      body: `Hi {{firstName}},

I hope you're well. I know how busy things get, so just a short note to follow up on {{topic}}.

{{hook}}

Would you be up for a 20-minute coffee or call whenever it suits you?

All the best,
{{myName}}`,
    },
    {
      subject: 'A quick follow-up on {{topic}}',
      subjectWithoutTopic: 'A quick follow-up',
      body: `Hi {{firstName}},

I hope your {{weekday}} is off to a good start. I'm coming back to {{topic}}, as I'd really value your perspective.

{{hook}}

Would a short call {{later}} work for you? If email is easier, that's great too.

Thanks,
{{myName}}`,
    },
    {
      subject: 'Still hoping to connect',
      body: `Hi {{firstName}},

No pressure at all; I know calendars fill up and emails get buried. So here's a gentle follow-up on {{topic}}.

{{hook}}

Is there a week that tends to be calmer for you?

Warm regards,
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Should I stop following up?',
      body: `Hi {{firstName}},

I've reached out a few times about {{topic|this}}, and I know how full your days must be.

I'd hate to become one more thing on your list, so: would you rather I stopped following up? A quick "no thanks" is completely fine, no hard feelings.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'An easy way out',
      body: `Hi {{firstName}},

I completely understand if now isn't the right time to come back to {{topic|this}}.

Would you prefer that I stop reaching out? Just say so and I won't write about it again. I'd take it kindly.

{{hook}}

Best wishes,
{{myName}}`,
    },
    {
      subject: 'Happy to step back',
      body: `Hi {{firstName}},

Rather than keep nudging, I'll ask directly: should I stop following up about {{topic|this}}?

If it's just a busy season, a quick "later" is all I need, and I'll check back in a few months. If it's a no, that's perfectly fine too.

{{hook}}

Kind regards,
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'A quick hello',
      body: `Hi {{firstName}},

No need to reply. I'll only be in touch now and then from here on, so this is just a short hello.

If an introduction to someone in my network would help you, I'd be glad to make it.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
    {
      subject: 'Keeping in touch',
      body: `Hi {{firstName}},

Just a short note from my side. Whenever it suits you, I'd love to hear how things are going.

{{hook}}

All the best,
{{myName}}`,
    },
    {
      subject: 'Hello again',
      body: `Hi {{firstName}},

Just a short hello, with nothing you need to do. I hope things are going well on your side.

If there's ever anything I can help with, just let me know.

{{hook}}

{{weekWish}},
{{myName}}`,
    },
  ],
};
