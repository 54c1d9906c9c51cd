import type { TemplateSet } from '../template-types';

/** Jobbansökningar, svenska. `{{topic}}` läses som "tjänsten som UX-designer"; utan ämne "min ansökan". */
export const SV_JOB: TemplateSet = {
  'follow-up': [
    {
      subject: 'Angående {{topic}}',
      body: `Hej {{firstName}},

Jag vet att en rekrytering tar tid, så jag fattar mig kort: jag ville höra hur det går med {{topic}}. Jag är fortfarande mycket intresserad och hjälper gärna till med det som kan underlätta ert beslut.

{{hook}}

Finns det något mer jag kan skicka, till exempel referenser eller arbetsprover?

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En kort fråga om {{topic}}',
      body: `Hej {{firstName}}!

Hoppas du har en fin {{weekday}}. Jag förstår att du har mycket att göra, så bara några rader om {{topic}}.

{{hook}}

Skulle det passa med ett kort samtal om nästa steg någon gång? Jag anpassar mig efter dig.

Med vänlig hälsning
{{myName}}`,
    },
    {
      subject: '{{topic}} – en kort uppföljning',
      body: `Hej {{firstName}},

Jag hör av mig en gång till om {{topic}}, ifall mitt förra mejl drunknade bland allt annat.

{{hook}}

Är det något du undrar över som jag kan svara på under tiden?

Bästa hälsningar
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag vet att du har mycket att göra och förstår helt om du inte har hunnit återkomma om {{topic}}.

Samtidigt vill jag inte fylla din inkorg om det inte känns aktuellt. Vill du hellre att jag slutar höra av mig? Ett kort "nej tack" räcker gott, och jag tar inte illa upp.

{{hook}}

Tack för din tid
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga',
      body: `Hej {{firstName}},

Jag har hört av mig några gånger om {{topic}} och förstår att mycket annat konkurrerar om din tid.

Därför frågar jag rakt ut: vill du att jag slutar följa upp? Är tjänsten redan tillsatt, eller passar jag inte riktigt, är det helt okej att bara säga det. Då skriver jag inte mer om det här.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Helt okej att säga nej tack',
      body: `Hej {{firstName}},

Jag vill inte bli ännu ett mejl som du måste ta ställning till, så jag frågar direkt: ska jag sluta höra av mig om {{topic}}?

Ett enkelt "nej tack" är helt okej. Och handlar det bara om tidpunkten får du gärna säga när det passar bättre, så väntar jag till dess.

{{hook}}

Med vänlig hälsning
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara på det här. Jag är fortfarande intresserad och blir glad om du hör av dig om det händer något med {{topic}}.

Om det underlättar skickar jag gärna en kort sammanfattning av min erfarenhet som du kan dela med teamet.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
    {
      subject: 'Fortfarande intresserad',
      body: `Hej {{firstName}}!

Bara en kort hälsning. Framöver hör jag bara av mig då och då, men jag är fortfarande väldigt intresserad av att jobba hos er.

Blir det något nytt när det gäller {{topic|rekryteringen}} vill jag gärna höra det.

{{hook}}

Bästa hälsningar
{{myName}}`,
    },
    {
      subject: 'Finns här om det behövs',
      body: `Hej {{firstName}},

Hoppas det har lugnat ner sig lite sedan sist. Du behöver inte göra något. Jag ville bara höra av mig angående {{topic}}.

Skulle referenser eller arbetsprover vara till hjälp någon gång är det bara att säga till, så skickar jag dem.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
  ],
};
