import type { LanguagePack } from './language-pack';

export const LANGUAGE_SV: LanguagePack = {
  topicFallback: {
    job: 'min ansökan',
    sales: 'ett möjligt samarbete',
    networking: 'att ses för en kort pratstund',
    generic: 'en fråga jag hade',
  },
  reintroduce: {
    withName: [
      'En kort påminnelse om vem jag är: jag heter {{myName}} och skrev till dig om {{topic}} för {{daysSince}} dagar sedan.',
      'Ifall namnet inte säger dig något: jag heter {{myName}}, och vi hade kontakt angående {{topic}} för ett tag sedan.',
    ],
    withoutName: [
      'En kort påminnelse om vem jag är: jag skrev till dig om {{topic}} för {{daysSince}} dagar sedan.',
      'Eftersom det har gått några veckor: vi hade senast kontakt angående {{topic}}.',
    ],
  },
  interestLines: {
    job: [
      'Hoppas förresten att du har hunnit med lite {{interest}} på sistone, trots en intensiv rekryteringsperiod.',
      'Har du något bra tips om {{interest}} tar jag förresten gärna emot det.',
    ],
    sales: [
      'Hoppas det blir tid för lite {{interest}} i veckan också.',
      'Har du förresten någon bra rekommendation om {{interest}} hör jag gärna den.',
    ],
    networking: [
      'Det vore också kul att byta tankar om {{interest}} någon gång.',
      'Hoppas du har hunnit med lite {{interest}} på sistone.',
    ],
    generic: [
      'Hoppas du har hunnit med lite {{interest}} på sistone.',
      'Har du något bra tips om {{interest}} tar jag gärna emot det.',
    ],
  },
  hookPrompt:
    '✏️ Lägg till en personlig rad här: något mottagaren bryr sig om, ett inlägg hen har skrivit eller ett tips hen kan uppskatta. (Lägg till `interests` eller `hooks` i anteckningen så fylls raden i.)',
  weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  someDay: 'dag',
};
