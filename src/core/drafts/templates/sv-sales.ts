import type { TemplateSet } from '../template-types';

/** Säljkontakter, svenska. `{{topic}}` ska fungera efter "angående": "ett möjligt samarbete", "piloten i vår". */
export const SV_SALES: TemplateSet = {
  'follow-up': [
    {
      subject: 'Uppföljning: {{topic}}',
      body: `Hej {{firstName}},

Jag vet att veckan är full, så bara en snabb uppföljning angående {{topic}}.

{{hook}}

Vore det värt ett kort samtal på en kvart för att se om det passar era planer? Föreslå i så fall gärna en tid som passar dig.

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'En kort fråga om {{topic}}',
      body: `Hej {{firstName}}!

Hoppas allt är bra hos er. Jag förstår att mycket konkurrerar om din tid, så jag håller det kort: jag ville följa upp det jag skrev om {{topic}}.

{{hook}}

Är det här något ni vill titta närmare på nu, eller passar det bättre att jag hör av mig längre fram?

Hälsningar
{{myName}}`,
    },
    {
      subject: 'Ang. {{topic}}',
      body: `Hej {{firstName}},

Hoppas du har en bra {{weekday}}. Jag vet hur snabbt mejlen hopar sig, så jag lyfter upp {{topic}} i din inkorg igen.

{{hook}}

Skulle det hjälpa om jag skickade en kort sammanfattning på en sida som du kan läsa när det passar?

Bästa hälsningar
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag har följt upp några gånger angående {{topic}} och har full förståelse om det inte är prioriterat just nu.

Jag vill inte fylla din inkorg med sådant du inte är intresserad av, så: vill du hellre att jag slutar följa upp? Ett kort "nej tack" är helt okej.

{{hook}}

Tack för att du tog dig tid
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga',
      body: `Hej {{firstName}},

Jag vet hur mycket du har på ditt bord, och det är helt i sin ordning om det här inte står på listan just nu.

I stället för att fortsätta skriva vill jag fråga rakt ut: ska jag sluta följa upp? Vill du hellre att jag slutar räcker det med en rad, och jag tar det med ett leende.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'Jag backar gärna',
      body: `Hej {{firstName}}!

Hoppas allt är bra. Jag frågar hellre än gissar: vill du att jag slutar höra av mig om {{topic}}?

Är det bara fel tidpunkt får du gärna säga när det passar bättre, så hör jag av mig då. Och vill du hellre att jag slutar är det också helt okej.

{{hook}}

Allt gott
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Inget svar behövs, det här är bara en kort hälsning. Om det är till nytta delar jag gärna några exempel på hur liknande företag har löst det här.

Framöver hör jag bara av mig då och då.

{{hook}}

Vänliga hälsningar
{{myName}}`,
    },
    {
      subject: 'Läget kring {{topic}}?',
      body: `Hej {{firstName}}!

Det var ett tag sedan, så bara en kort rad. Om era planer har ändrats sedan jag skrev om {{topic}} hör jag gärna hur det ser ut, helt utan brådska.

{{hook}}

Ha en fin {{weekday}}!
{{myName}}`,
    },
    {
      subject: 'Finns här när det passar',
      body: `Hej {{firstName}},

Hoppas de senaste veckorna har varit bra. Jag ville bara säga att jag gärna hjälper till när tidpunkten passar er bättre.

{{hook}}

Bästa hälsningar
{{myName}}`,
    },
  ],
};
