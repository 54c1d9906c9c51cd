import type { LanguagePack } from './language-pack';
import { isFriday, isWeekend, monthHasRoom } from './send-date-words';

export const LANGUAGE_SV: LanguagePack = {
  topicFallback: {
    job: 'min ansökan',
    sales: 'mitt förra mejl',
    networking: 'mitt förra mejl',
    generic: 'mitt förra mejl',
  },
  reintroduce: {
    withName: [
      'Ifall namnet inte säger dig något: jag heter {{myName}} och hörde av mig {{ago}}.',
      'En kort påminnelse om vem jag är: jag heter {{myName}}, och vi hade kontakt {{ago}}.',
    ],
    withoutName: [
      // Utan namn finns bara när att påminna om; ämnet kommer sedan i texten.
      'Vi hade senast kontakt {{ago}}.',
      'Jag skrev senast till dig {{ago}}.',
    ],
  },
  ago: (days) => (days <= 49 ? 'för några veckor sedan' : days <= 100 ? 'för ett par månader sedan' : 'för ett tag sedan'),
  interestLines: [
    'Apropå {{interest}}: vill du ha ett par tips delar jag gärna med mig.',
    'Du som gillar {{interest}} – säg till om du vill ha ett tips, så skickar jag ett.',
    'Och har du lust att byta erfarenheter om {{interest}} någon gång gör jag det gärna.',
    'Har du något favorittips när det gäller {{interest}} tar jag gärna emot det.',
  ],
  hookPrompt:
    '✏️ Lägg till en personlig rad här: något mottagaren bryr sig om, ett inlägg hen har skrivit eller ett tips hen kan uppskatta. (Lägg till `interests` eller `hooks` i anteckningen så fylls raden i.)',
  weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  someDay: 'dag',
  later: (day) => (day === null ? 'de närmaste veckorna' : monthHasRoom(day) ? 'senare i månaden' : day.month === 12 ? 'efter nyår' : 'i början av nästa månad'),
  weekWish: (day) => (day === null ? 'Allt gott' : isFriday(day) ? 'Trevlig helg' : isWeekend(day) ? 'Ha en fortsatt skön helg' : 'Ha en fortsatt fin vecka'),
};
