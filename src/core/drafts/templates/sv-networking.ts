import type { TemplateSet } from '../template-types';

/** Nätverkskontakter, svenska. `{{topic}}` ska fungera efter "om": "att ses för en kort pratstund", "mentorprogrammet". */
export const SV_NETWORKING: TemplateSet = {
  'follow-up': [
    {
      subject: 'Uppföljning: {{topic}}',
      body: `Hej {{firstName}},

Jag vet att du har mycket på gång, så bara en kort uppföljning angående {{topic}}.

{{hook}}

Skulle du ha tid för en kaffe eller ett videosamtal på 20 minuter någon gång de närmaste veckorna? Jag anpassar mig efter dig.

Hälsningar
{{myName}}`,
    },
    {
      subject: 'En kaffe de närmaste veckorna?',
      body: `Hej {{firstName}}!

Hoppas allt är bra. Kalendern är säkert full, så här kommer bara en liten knuff angående {{topic}}.

{{hook}}

Om du har en halvtimme över någon gång, kan vi hitta en tid att prata?

Ha det fint
{{myName}}`,
    },
    {
      subject: 'Ang. {{topic}}',
      body: `Hej {{firstName}},

Hoppas du har en fin {{weekday}}. Mejl har en tendens att försvinna i mängden, så jag ville följa upp angående {{topic}}.

{{hook}}

Skulle ett kort samtal senare i månaden passa? Är det enklare över mejl går det lika bra.

Allt gott
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag har följt upp några gånger om {{topic}}, och jag vet hur mycket du har att göra. Jag förstår helt om det inte passar just nu.

Jag vill inte fortsätta dyka upp i din inkorg om du hellre slipper, så jag frågar rakt ut: föredrar du att jag slutar följa upp? Ingen förklaring behövs, och jag tar inte illa upp.

{{hook}}

Varma hälsningar
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga',
      body: `Hej {{firstName}},

Jag frågar hellre än gissar: vill du att jag slutar höra av mig om {{topic}}? Det är helt okej oavsett, och jag tar inte illa upp.

Är det bara en intensiv period räcker det med ett kort "senare".

{{hook}}

Hälsningar
{{myName}}`,
    },
    {
      subject: 'Jag backar gärna',
      body: `Hej {{firstName}}!

Hoppas allt är bra med dig. Mina mejl om {{topic}} landar i en full inkorg, så jag gör det enkelt: ska jag sluta följa upp? Ett ord räcker som svar.

{{hook}}

Tack, oavsett svar
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara på det här, jag ville bara säga hej och hålla kontakten. Finns det något jag kan hjälpa till med, som en introduktion eller ett extra par ögon på något, gör jag det gärna.

{{hook}}

Ha en fin {{weekday}}!
{{myName}}`,
    },
    {
      subject: 'Håller kontakten',
      body: `Hej {{firstName}}!

Det var ett tag sedan, så bara en kort rad från mig. När det passar dig vore det fint att höra hur det går.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Finns här om det behövs',
      body: `Hej {{firstName}},

Hoppas de senaste veckorna har varit bra. Jag hör bara av mig då och då, men om något jag jobbar med kan vara till nytta för dig är det bara att säga till.

{{hook}}

Varma hälsningar
{{myName}}`,
    },
  ],
};
