import type { LanguagePack } from './language-pack';

export const LANGUAGE_EN: LanguagePack = {
  topicFallback: {
    job: 'my application',
    sales: 'a possible collaboration',
    networking: 'meeting for a quick chat',
    generic: 'a question I had',
  },
  reintroduce: {
    withName: [
      "A quick reminder of who I am: I'm {{myName}}, and I wrote to you about {{topic}} {{daysSince}} days ago.",
      "In case my name doesn't ring a bell, I'm {{myName}}; we were in touch about {{topic}} a while back.",
    ],
    withoutName: [
      'A quick reminder of who I am: I wrote to you about {{topic}} {{daysSince}} days ago.',
      'Since it has been a few weeks: we were last in touch about {{topic}}.',
    ],
  },
  interestLines: {
    job: [
      "I hope you've had some time for {{interest}} lately, even in a busy hiring season.",
      "By the way, if you ever have a favourite {{interest}} tip, I'm all ears.",
    ],
    sales: [
      "On a lighter note, I hope there's been time for some {{interest}} this week.",
      'If you have a good {{interest}} recommendation, by the way, I would love to hear it.',
    ],
    networking: [
      "I'd love to swap notes on {{interest}} some time, too.",
      "I hope you've found some time for {{interest}} lately.",
    ],
    generic: [
      "I hope you've found a moment for {{interest}} recently.",
      'If you have a good {{interest}} tip to share, I would love to hear it.',
    ],
  },
  hookPrompt:
    '✏️ Add a personal touch here: something they care about, a recent post of theirs, or a tip they might enjoy. (Add `interests` or `hooks` to the note to fill this in.)',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  someDay: 'day',
};
