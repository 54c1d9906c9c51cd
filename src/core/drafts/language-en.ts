import type { LanguagePack } from './language-pack';
import { isFriday, isWeekend, monthHasRoom } from './send-date-words';

export const LANGUAGE_EN: LanguagePack = {
  topicFallback: {
    job: 'my application',
    sales: 'my last email',
    networking: 'my last email',
    generic: 'my last email',
  },
  reintroduce: {
    withName: [
      "In case my name doesn't ring a bell: I'm {{myName}}, and I last wrote to you {{ago}}.",
      "A quick reminder of who I am: I'm {{myName}}, and we were last in touch {{ago}}.",
    ],
    withoutName: [
      // Without a name there is nothing to remind them of but when; the topic follows in the text.
      'We were last in touch {{ago}}.',
      'I last wrote to you {{ago}}.',
    ],
  },
  ago: (days) => (days <= 49 ? 'a few weeks ago' : days <= 100 ? 'a couple of months ago' : 'some time ago'),
  interestLines: [
    "On the subject of {{interest}}: if you'd ever like a recommendation or two, I'd be happy to share mine.",
    "Since you're into {{interest}}, I'd be glad to pass on a good tip whenever you want one.",
    'And if you ever feel like swapping notes on {{interest}}, count me in.',
    "If you have a favourite tip when it comes to {{interest}}, I'm all ears.",
  ],
  hookPrompt:
    '✏️ Add a personal touch here: something they care about, a recent post of theirs, or a tip they might enjoy. (Add `interests` or `hooks` to the note to fill this in.)',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  someDay: 'day',
  later: (day) => (day === null ? 'in the coming weeks' : monthHasRoom(day) ? 'later this month' : day.month === 12 ? 'early in the new year' : 'early next month'),
  weekWish: (day) =>
    day === null ? 'All the best' : isFriday(day) ? 'Have a good weekend' : isWeekend(day) ? 'Enjoy the rest of the weekend' : 'Have a good rest of the week',
};
