import type { TemplateSet } from '../template-types';

/** Övriga sammanhang, svenska. `{{topic}}` ska fungera efter "angående": "en fråga jag hade", "lokalbokningen". */
export const SV_GENERIC: TemplateSet = {
  'follow-up': [
    {
      subject: 'Uppföljning: {{topic}}',
      body: `Hej {{firstName}},

Jag vet att du har mycket att göra, så bara en kort uppföljning angående {{topic}}.

{{hook}}

Är det här fortfarande aktuellt för dig, eller ska jag höra av mig längre fram?

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En kort rad om {{topic}}',
      body: `Hej {{firstName}}!

Hoppas veckan är bra. Jag förstår att du har fullt upp, så jag håller det kort: jag ville följa upp det jag skrev om {{topic}}.

{{hook}}

Vad vore det enklaste nästa steget för dig?

Med vänlig hälsning
{{myName}}`,
    },
    {
      subject: 'Ang. {{topic}}',
      body: `Hej {{firstName}},

Hoppas du har en fin {{weekday}}. Mejl glider lätt ner i inkorgen, så jag lyfter upp {{topic}} igen.

{{hook}}

Om det är enklare att prata om det, skulle ett kort samtal passa någon gång?

Allt gott
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag vet hur mycket du har att göra och förstår helt om du inte har hunnit återkomma angående {{topic}}.

Samtidigt vill jag inte fylla din inkorg i onödan. Vill du hellre att jag slutar följa upp? Ett ord räcker som svar, och jag tar inte illa upp.

{{hook}}

Tack för din tid
{{myName}}`,
    },
    {
      subject: 'En snabb och ärlig fråga',
      body: `Hej {{firstName}},

Jag har skrivit några gånger om {{topic}}, så jag frågar rakt ut: föredrar du att jag slutar följa upp?

Passar det inte just nu räcker det att säga det, så backar jag. Jag vill hellre veta än gissa.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Jag backar gärna',
      body: `Hej {{firstName}},

Hoppas allt är bra. Jag vill inte bli ännu en punkt på din att göra-lista, så jag frågar direkt: ska jag sluta höra av mig om {{topic}}?

Ett kort "nej tack" är helt okej, och jag tar det inte personligt.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara på det här. Jag ville bara säga hej, och att jag fortfarande gärna hjälper till när det passar dig.

{{hook}}

Ha en fin {{weekday}}!
{{myName}}`,
    },
    {
      subject: 'Håller kontakten',
      body: `Hej {{firstName}},

Det var ett tag sedan, så bara en kort rad. Har något ändrats hos dig hör jag gärna om det, när du har en stund.

{{hook}}

Bästa hälsningar
{{myName}}`,
    },
    {
      subject: 'Finns här om det behövs',
      body: `Hej {{firstName}},

Hoppas de senaste veckorna har varit bra. Jag hör bara av mig då och då, men finns det något jag kan göra för att underlätta för dig är det bara att säga till.

{{hook}}

Varma hälsningar
{{myName}}`,
    },
  ],
};
