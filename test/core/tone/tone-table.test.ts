import { describe, it, expect } from 'vitest';
import { checkTone } from '../../../src/core/tone';
import type { Language } from '../../../src/core/types';

// Each pushy line must be flagged, with the finding's phrase found at its index.
const PUSHY: ReadonlyArray<[Language, string]> = [
  ['en', "You haven't answered my last email."],
  ['en', 'You still haven’t replied to me.'],
  ['en', 'you have not responded yet'],
  ['en', "I noticed you didn't get back to me."],
  ['en', 'You never replied.'],
  ['en', 'You ignored my first email.'],
  ['en', "It seems you've been ignoring my messages."],
  ['en', 'Per my last email, the deadline is Friday.'],
  ['en', 'As per my previous message, please confirm.'],
  ['en', 'As I said, we can start in May.'],
  ['en', 'As I mentioned before, the offer stands.'],
  ['en', "I'm still waiting for your reply."],
  ['en', "I've been waiting for a response for two weeks."],
  ['en', 'I still haven’t heard back from you.'],
  ['en', 'Still no reply, so here I am again.'],
  ['en', 'Why haven’t you answered?'],
  ['en', 'Did you even read my email?'],
  ['en', "I've emailed you three times about this."],
  ['en', 'Please reply ASAP.'],
  ['en', 'This is urgent.'],
  ['en', 'Final notice: the offer expires.'],
  ['en', 'This is your last chance to join.'],
  ['en', 'Please respond by end of day.'],
  ['en', 'I need an answer today.'],
  ['en', "I'm disappointed that I haven't heard anything."],
  ['en', 'I am very disappointed.'],
  ['en', 'Surely you’ve had time to look at it by now.'],
  ['en', 'You must have had time to read it.'],
  ['en', 'I would have expected a reply by now.'],
  ['en', 'It would have been nice to hear back.'],
  ['en', 'A reply is common courtesy.'],
  ['en', 'PLEASE get back to me.'],
  ['en', 'I need this done TODAY.'],
  ['en', 'Can you confirm?!'],
  ['en', 'Great news!!!'],
  ['en', 'Hi! Thanks! Call me! Bye!'],
  ['en', 'Three weeks and still no word.'],
  ['sv', 'Du har inte svarat än.'],
  ['sv', 'Du har fortfarande inte svarat på mitt mejl.'],
  ['sv', 'Du ignorerade min första e-post.'],
  ['sv', 'Jag märker att du ignorerar mina mejl.'],
  ['sv', 'Som jag sa förra gången, vi kan börja i maj.'],
  ['sv', 'Som jag redan skrivit är tjänsten kvar.'],
  ['sv', 'Enligt mitt förra mejl ska ni svara i dag.'],
  ['sv', 'Jag väntar fortfarande på ditt svar.'],
  ['sv', 'Jag har ännu inte fått något svar.'],
  ['sv', 'Varför har du inte hört av dig?'],
  ['sv', 'Har du ens läst mitt mejl?'],
  ['sv', 'Jag har mejlat flera gånger nu.'],
  ['sv', 'Svara snarast möjligt.'],
  ['sv', 'Det här är brådskande.'],
  ['sv', 'Återkom omgående.'],
  ['sv', 'Sista chansen att vara med.'],
  ['sv', 'Påminnelse nr 3 om offerten.'],
  ['sv', 'Du måste svara senast i morgon.'],
  ['sv', 'Jag är väldigt besviken.'],
  ['sv', 'Du har väl haft tid att läsa det?'],
  ['sv', 'Du borde ha hunnit titta på det nu.'],
  ['sv', 'Jag hade förväntat mig ett svar.'],
  ['sv', 'Det är väl vanlig hyfs att svara.'],
  ['sv', 'SVARA på mejlet.'],
  ['sv', 'Hej!! Hör av dig.'],
];

const POLITE: ReadonlyArray<[Language, string]> = [
  ['en', "I haven't wanted to intrude, so I waited a week."],
  ['en', 'I know how busy you are, and I completely understand if there just hasn’t been time.'],
  ['en', 'Would you rather I stopped following up? A one-word reply is fine.'],
  ['en', 'This isn’t urgent at all; whenever suits you.'],
  ['en', 'Nothing urgent, just a quick hello.'],
  ['en', 'Please send your CV and portfolio to the CEO before the Q4 review.'],
  ['en', 'Our UX team built the API in Q3, with help from IKEA and NASA.'],
  ['en', 'As I mentioned on the call, the pilot starts in March.'],
  ['en', 'Hope you had a lovely weekend!'],
  ['en', 'Thanks so much! Have a good Thursday!'],
  ['en', 'I understand if the timing isn’t right.'],
  ['en', 'Would a short call next week be useful?'],
  ['en', 'Did you get a chance to enjoy some trail running this week?'],
  ['en', 'I’m following up on the product designer role.'],
  ['en', 'Waiting for the right moment is fine by me.'],
  ['en', 'I would love to hear your thoughts when you have a moment.'],
  ['en', 'I hope the last few weeks have been kind to you.'],
  ['sv', 'Jag förstår helt om du bara inte har haft tid att svara.'],
  ['sv', 'Säg gärna till om du hellre vill att jag slutar följa upp.'],
  ['sv', 'Det är inte bråttom, och det är inte brådskande.'],
  ['sv', 'Inget akut, bara en kort hälsning.'],
  ['sv', 'Hej Anna! Hoppas veckan har börjat bra. Ha en fin fredag!'],
  ['sv', 'Jag skickar gärna mitt CV och min portfolio till VD:n.'],
  ['sv', 'Jag har hört av mig några gånger och vill inte fylla din inkorg.'],
  ['sv', 'Du har säkert haft mycket att göra.'],
  ['sv', 'Skulle ett kort samtal nästa vecka passa?'],
  ['sv', 'Ett kort "nej tack" räcker gott, och jag tar inte illa upp.'],
];

describe('checkTone: pushy lines are flagged', () => {
  it.each(PUSHY)('[%s] %s', (language, text) => {
    const findings = checkTone(text, language);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.index, f.index + f.phrase.length)).toBe(f.phrase);
  });

  it('has a table of at least 40 pushy lines in both languages', () => {
    expect(PUSHY.length).toBeGreaterThanOrEqual(40);
    expect(PUSHY.filter(([l]) => l === 'sv').length).toBeGreaterThanOrEqual(20);
  });
});

describe('checkTone: polite lines pass', () => {
  it.each(POLITE)('[%s] %s', (language, text) => {
    expect(checkTone(text, language)).toEqual([]);
  });

  it('has a table of at least 20 polite lines', () => {
    expect(POLITE.length).toBeGreaterThanOrEqual(20);
  });
});
