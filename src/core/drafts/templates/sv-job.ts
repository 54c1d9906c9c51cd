import type { TemplateSet } from '../template-types';

/** Jobbansökningar, svenska. `{{topic}}` ska fungera efter "angående": "min ansökan", "tjänsten som UX-designer". */
export const SV_JOB: TemplateSet = {
  'follow-up': [
    {
      subject: 'Uppföljning: {{topic}}',
      body: `Hej {{firstName}},

Jag vet att det är mycket just nu, så jag fattar mig kort. Jag ville höra av mig angående {{topic}} – jag är fortfarande mycket intresserad.

{{hook}}

Finns det något mer jag kan skicka som skulle underlätta för er?

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En kort uppföljning angående {{topic}}',
      body: `Hej {{firstName}}!

Hoppas veckan har börjat bra. Jag förstår att mycket pockar på din uppmärksamhet, så här kommer bara en kort rad om {{topic}}.

{{hook}}

Skulle det passa med ett kort samtal om nästa steg någon gång? Jag anpassar mig gärna efter dig.

Med vänlig hälsning
{{myName}}`,
    },
    {
      subject: 'Ang. {{topic}}',
      body: `Hej {{firstName}},

Hoppas du har en bra {{weekday}}. Inkorgen fylls snabbt, så jag ville lyfta upp {{topic}} igen.

{{hook}}

Har du några frågor svarar jag gärna på dem via mejl. Är det något du vill veta mer om?

Bästa hälsningar
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag vet hur mycket du har att göra och har full förståelse om du helt enkelt inte har hunnit återkomma om {{topic}}.

Samtidigt vill jag inte fylla din inkorg om det inte är aktuellt. Vill du hellre att jag slutar följa upp? Ett kort "nej tack" räcker gott, och jag tar inte illa upp.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga angående {{topic}}',
      body: `Hej {{firstName}},

Jag har hört av mig några gånger om {{topic}} och förstår att din inkorg är full.

Så jag frågar rakt på sak: vill du att jag slutar följa upp? Om tajmingen eller matchningen inte stämmer går det bra att bara säga det. Jag tar det med ro och skriver inte mer om det här.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Jag backar gärna om du hellre vill det',
      body: `Hej {{firstName}},

Hoppas allt är bra. Jag vill inte bli ännu ett mejl du måste hantera, så jag frågar direkt: ska jag sluta höra av mig om {{topic}}?

Ett enkelt "nej tack" är helt okej. Och handlar det bara om tajming väntar jag gärna tills det har lugnat ner sig.

{{hook}}

Med vänlig hälsning
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning angående {{topic}}',
      body: `Hej {{firstName}},

Du behöver inte svara på det här. Jag ville bara säga att jag fortfarande är intresserad, om något skulle ändras kring {{topic}}.

Om det underlättar skickar jag gärna en kort sammanfattning av min erfarenhet som du kan dela med teamet.

{{hook}}

Ha en fin {{weekday}}!
{{myName}}`,
    },
    {
      subject: 'Håller kontakten',
      body: `Hej {{firstName}}!

Det var ett tag sedan, så bara en kort hälsning härifrån. Jag är fortfarande väldigt sugen på att jobba med er och blir glad om du hör av dig ifall något ändras kring {{topic}}.

{{hook}}

Ha en fortsatt fin vecka
{{myName}}`,
    },
    {
      subject: 'Finns här om det behövs',
      body: `Hej {{firstName}},

Hoppas det har lugnat ner sig lite sedan sist. Inget du behöver göra något åt – jag ville bara höra av mig angående {{topic}}.

Om referenser eller arbetsprover skulle vara till hjälp någon gång är det bara att säga till, så skickar jag dem.

{{hook}}

Bästa hälsningar
{{myName}}`,
    },
  ],
};
