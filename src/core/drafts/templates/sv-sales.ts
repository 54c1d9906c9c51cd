import type { TemplateSet } from '../template-types';

/** Säljkontakter, svenska. `{{topic}}` läses som "piloten för kundtjänst"; utan ämne säger meningarna det på sitt eget sätt. */
export const SV_SALES: TemplateSet = {
  'follow-up': [
    {
      subject: 'Angående {{topic}}',
      subjectWithoutTopic: 'En kort uppföljning',
      body: `Hej {{firstName}},

Jag vet att det är mycket just nu, så bara en kort uppföljning av {{topic}}.

{{hook}}

Skulle ett samtal på en kvart hjälpa dig att se om det här passar era planer? Föreslå i så fall en tid som passar dig, så anpassar jag mig.

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En kort fråga om {{topic}}',
      subjectWithoutTopic: 'En kort fråga',
      body: `Hej {{firstName}}!

Hoppas allt är bra hos er. Jag håller det kort: jag ville följa upp det jag skrev om {{topic|tidigare}}.

{{hook}}

Är det här något ni vill titta närmare på nu, eller passar det bättre att jag hör av mig om några månader?

Hälsningar
{{myName}}`,
    },
    {
      subject: '{{topic}} på en sida',
      subjectWithoutTopic: 'En sammanfattning på en sida',
      body: `Hej {{firstName}},

Hoppas du har en bra {{weekday}}. I stället för ännu ett långt mejl om {{topic|det här}} kan jag skicka en sammanfattning på en sida som du kan läsa när det passar.

{{hook}}

Låter det bra?

Bästa hälsningar
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag har följt upp några gånger angående {{topic|mitt förslag}} och har full förståelse om det inte är prioriterat just nu.

Jag vill inte fylla din inkorg med sådant du inte är intresserad av. Vill du hellre att jag slutar följa upp? Ett kort "nej tack" är helt okej.

{{hook}}

Tack för att du tog dig tid
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga',
      body: `Hej {{firstName}},

Jag vet att du har mycket att göra, och det är helt i sin ordning om {{topic|det här}} inte står högst upp på listan just nu.

I stället för att fortsätta skriva frågar jag rakt ut: vill du att jag slutar följa upp? Då räcker det med en rad, och jag tar inte illa upp.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'Säg till om jag ska sluta',
      body: `Hej {{firstName}}!

Hoppas allt är bra. Jag frågar hellre än gissar: vill du att jag slutar höra av mig om {{topic|det här}}?

Är det bara fel tidpunkt får du gärna säga när det passar bättre, så hör jag av mig då. Och vill du hellre att jag slutar helt är det också okej.

{{hook}}

Allt gott
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara, det här är bara en kort hälsning. Framöver hör jag bara av mig då och då, ifall {{topic|frågan}} kommer på tal igen.

Om det är till nytta delar jag gärna några exempel på hur liknande företag har löst det.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
    {
      subject: 'Några idéer om {{topic}}',
      subjectWithoutTopic: 'Några idéer, när det passar',
      body: `Hej {{firstName}}!

Bara en kort rad. Jag har några idéer om {{topic|hur ni skulle kunna komma i gång}} som jag gärna delar med mig av när det passar dig, helt utan brådska.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'Dörren står öppen',
      body: `Hej {{firstName}},

Hoppas de senaste veckorna har varit bra. Jag ville bara säga att jag gärna hjälper till när tidpunkten passar er bättre.

Ändras era planer {{later}} räcker det med en rad, så tar vi upp tråden igen.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
  ],
};
