import type { TemplateSet } from '../template-types';

/** Alla andra sammanhang, svenska. `{{topic}}` läses som "föredraget i mars"; utan ämne säger meningarna det på sitt eget sätt. */
export const SV_GENERIC: TemplateSet = {
  'follow-up': [
    {
      subject: 'Angående {{topic}}',
      subjectWithoutTopic: 'En kort uppföljning',
      body: `Hej {{firstName}},

Jag vet att du har mycket att göra, så bara en kort uppföljning av {{topic}}.

{{hook}}

Är det här fortfarande aktuellt, eller passar det bättre att jag hör av mig {{later}}?

Tack på förhand
{{myName}}`,
    },
    {
      subject: 'En kort rad om {{topic}}',
      subjectWithoutTopic: 'En kort rad',
      body: `Hej {{firstName}}!

Hoppas allt är bra. Jag förstår att du har fullt upp, så jag håller det kort: jag ville återkomma till {{topic}}.

{{hook}}

Skulle det hjälpa om jag sammanfattade det på ett par rader?

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'Hör av mig igen om {{topic}}',
      subjectWithoutTopic: 'Hör av mig igen',
      body: `Hej {{firstName}},

Hoppas du har en fin {{weekday}}. Mejl glider lätt undan i inkorgen, så jag skriver en rad till om {{topic}}.

{{hook}}

Finns det något jag kan göra för att det ska bli enklare för dig?

Bästa hälsningar
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag vet hur mycket du har att göra och förstår helt om du inte har hunnit återkomma om {{topic|det här}}.

Samtidigt vill jag inte fylla din inkorg i onödan. Vill du hellre att jag slutar följa upp? Ett ord räcker som svar, och jag tar inte illa upp.

{{hook}}

Tack för din tid
{{myName}}`,
    },
    {
      subject: 'En snabb fråga',
      body: `Hej {{firstName}},

Jag har hört av mig några gånger om {{topic|det här}}, så jag frågar rakt ut: vill du att jag slutar höra av mig?

Säg i så fall bara till, så skriver jag inte mer om det. Det är helt okej.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Säg till om jag ska sluta',
      body: `Hej {{firstName}},

Jag vill inte vara till besvär, så jag frågar: ska jag sluta höra av mig om {{topic|det här}}?

Ett kort "nej tack" är helt okej. Och gäller det bara tidpunkten får du gärna säga när det passar, så återkommer jag då.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara på det här. Framöver hör jag bara av mig då och då, och jag blir glad om du hör av dig när {{topic|frågan}} kommer på tal igen.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
    {
      subject: 'Hej från mig',
      body: `Hej {{firstName}}!

Bara en kort hälsning, och du behöver inte göra något.

Kan jag hjälpa till med något, även sådant som inte har med {{topic|mina tidigare mejl}} att göra, gör jag det gärna.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Finns kvar om det behövs',
      body: `Hej {{firstName}},

Hoppas allt är bra med dig. Jag ville bara säga att jag finns kvar om {{topic|det jag skrev om}} skulle komma på tal igen.

{{hook}}

Bästa hälsningar
{{myName}}`,
    },
  ],
};
