import type { TemplateSet } from '../template-types';

/** Nätverkskontakter, svenska. `{{topic}}` läses som "ditt föredrag om designsystem"; utan ämne säger meningarna det på sitt eget sätt. */
export const SV_NETWORKING: TemplateSet = {
  'follow-up': [
    {
      subject: 'Angående {{topic}}',
      subjectWithoutTopic: 'Kul att ha kontakt',
      body: `Hej {{firstName}},

Jag vet att du har mycket på gång, så bara en kort uppföljning av {{topic}}.

{{hook}}

Skulle du ha tid för en kaffe eller ett videosamtal på 20 minuter någon gång när det passar dig?

Hälsningar
{{myName}}`,
    },
    {
      subject: 'En kaffe framöver?',
      body: `Hej {{firstName}}!

Hoppas allt är bra. Jag förstår att kalendern fylls snabbt, så jag hör bara av mig en gång till om {{topic|att ses}}.

{{hook}}

Har du en halvtimme över {{later}}? Jag anpassar mig gärna efter dig.

Ha det fint
{{myName}}`,
    },
    {
      subject: 'En kort uppföljning',
      body: `Hej {{firstName}},

Hoppas du har en fin {{weekday}}. Mejl försvinner lätt i mängden, så jag skriver en rad till om {{topic|mitt förra mejl}}.

{{hook}}

Passar det med ett kort samtal någon gång, eller är det enklare att ta det per mejl?

Allt gott
{{myName}}`,
    },
  ],
  'ask-to-stop': [
    {
      subject: 'Ska jag sluta höra av mig?',
      body: `Hej {{firstName}},

Jag har hört av mig några gånger om {{topic|att ses}}, och jag vet hur mycket du har att göra. Jag förstår helt om det inte passar just nu.

Jag vill inte fortsätta dyka upp i din inkorg om du hellre slipper. Vill du att jag slutar höra av mig? Ingen förklaring behövs, och jag tar inte illa upp.

{{hook}}

Varma hälsningar
{{myName}}`,
    },
    {
      subject: 'En ärlig fråga',
      body: `Hej {{firstName}},

Jag frågar hellre än gissar: vill du att jag slutar höra av mig om {{topic|det här}}? Det är helt okej oavsett svar.

Är det bara en intensiv period räcker det med ett kort "senare", så hör jag av mig om några månader.

{{hook}}

Hälsningar
{{myName}}`,
    },
    {
      subject: 'Säg gärna till',
      body: `Hej {{firstName}}!

Hoppas allt är bra med dig. Jag vet att inkorgen är full, så jag gör det enkelt för dig: ska jag sluta följa upp? Ett ord räcker som svar.

{{hook}}

Tack, oavsett svar
{{myName}}`,
    },
  ],
  'check-in': [
    {
      subject: 'En kort hälsning',
      body: `Hej {{firstName}},

Du behöver inte svara på det här. Framöver hör jag bara av mig då och då, men jag ville säga hej.

Kan jag hjälpa till med något, till exempel en introduktion till någon i mitt nätverk, gör jag det gärna.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
    {
      subject: 'Hej igen',
      body: `Hej {{firstName}}!

Bara en kort rad från mig. När det passar dig vore det roligt att höra hur det går.

{{hook}}

Allt gott
{{myName}}`,
    },
    {
      subject: 'Finns här om det behövs',
      body: `Hej {{firstName}},

Hoppas de senaste veckorna har varit bra. Om något jag jobbar med kan vara till nytta för dig är det bara att säga till.

{{hook}}

{{weekWish}}
{{myName}}`,
    },
  ],
};
