/**
 * Varför en svensk träff låter ovänlig i just den meningen, och en vänligare rad att använda.
 * Texterna citerar orden som matchade. Inget förslag får själv flaggas av kontrollen
 * (test/core/tone/suggestions.test.ts).
 */
import type { Explanation } from './explain';
import type { Hit } from './types';

const ASK_THOUGHTS = (topic: string): string => `Jag vet hur fulla inkorgarna kan bli. När du har en stund hör jag gärna vad du tycker om ${topic || 'det här'}.`;
const HEAR_WHENEVER = 'Jag ville dela en kort uppdatering, och jag hör gärna från dig när det passar.';
const STILL_KEEN = 'Jag är fortfarande nyfiken på vad du tycker, när det passar dig.';

function counted(verb: string): string {
  const v = verb.toLowerCase();
  if (/^ring/.test(v)) return 'dina samtal';
  if (/^fråg|^bett|^bad/.test(v)) return 'dina frågor';
  if (/^(?:försök|kontakt)/.test(v)) return 'dina försök';
  if (/^påmin/.test(v)) return 'dina påminnelser';
  return 'dina mejl';
}

/** "ditt svar" -> "skulle ditt svar hjälpa mig att planera"; "veta" -> "skulle det hjälpa mig att veta". */
function wouldHelp(what: string): string {
  const w = what.trim().replace(/^(?:verkligen|bara)\s+/i, '');
  if (w === '' || /^(?:det|det här|detta)$/i.test(w) || !/\s/.test(w)) return 'Om du har en stund skulle det hjälpa mig att planera att höra hur det ser ut.';
  return `Om du har en stund skulle ${w.toLowerCase()} hjälpa mig att planera.`;
}

export function explainSwedish(h: Hit, phrase: string): Explanation {
  const p = h.parts;
  const q = `"${phrase}"`;
  switch (h.rule) {
    case 'no-answer':
      return {
        why: `${q} pekar ut vad mottagaren inte har gjort ("${p.neg}" + "${p.verb}"), så det låter som en anklagelse; hen kan helt enkelt ha haft mycket att göra, och ett svar är en tjänst, inte en plikt.`,
        suggestion: ASK_THOUGHTS(p.topic ?? ''),
      };
    case 'failed-to-answer':
      return { why: `"${p.neg}" gör det till ett misslyckande att inte svara, och ingen är skyldig dig ett svar.`, suggestion: ASK_THOUGHTS(p.topic ?? '') };
    case 'even-read':
      return { why: `${q} antyder att hen inte ens brytt sig om att läsa; sarkasmen svider mer än tystnaden.`, suggestion: 'Passar en sammanfattning på två rader bättre? Här är den.' };
    case 'ignored':
      return { why: `"${p.verb}" säger att hen medvetet stänger ute dig, när tystnad oftast betyder en full vecka.`, suggestion: 'Jag antar att det har varit mycket, så här kommer en kort rad i stället för en lång.' };
    case 'not-heard':
    case 'no-reply-from-you':
      return { why: `${q} för bok över mottagarens tystnad; det ger hen en skuld i stället för ett enkelt sätt att svara.`, suggestion: HEAR_WHENEVER };
    case 'ordinal':
    case 'times':
    case 'again':
    case 'how-many':
    case 'after':
      return {
        why: `"${p.count}" håller räkningen på ${counted(p.verb ?? '')}; att räkna får mottagaren att känna sig övervakad och skyldig dig något.`,
        suggestion: 'Skulle ett kort samtal vara enklare än mejl?',
      };
    case 'order-by':
      return {
        why: `"${p.order}" med "${p.when}" är en order med en tidsgräns som mottagaren aldrig gått med på; en uppföljning kan fråga, men inte ställa villkor.`,
        suggestion: `Om du har en stund, skulle du kunna ${infinitive(p.order ?? 'svara')} när det passar dig?`,
      };
    case 'final-notice':
      return { why: `"${p.word}" hittar på en gräns för att skynda på; det låter som en annons, inte som en människa.`, suggestion: 'Vill du att jag slutar skriva om det här? Båda svaren går bra.' };
    case 'urgent':
      return {
        why: `"${p.word}" gör din tidsplan till mottagarens nödläge; om inget verkligt hänger på det låter det som press.`,
        suggestion: 'Om tidpunkten spelar roll, säg varför, t.ex. "Vi planerar nästa omgång den 3:e, ifall det är bra att veta."',
      };
    case 'i-need':
      return {
        why: `"${p.need} ${p.what}"${p.when ? ` ${p.when}` : ''} talar om vad du kräver av mottagaren; hen är inte skyldig dig något, så det låter som ett krav.`,
        suggestion: wouldHelp(p.what ?? ''),
      };
    case 'you-must':
      return {
        why: `"${p.subject} ${p.modal} ${p.verb}" är en order; den lämnar inget utrymme, och en order gör "nej" till det enklaste svaret.`,
        suggestion: `Skulle ${(p.subject ?? 'du').toLowerCase()} kunna ${(p.verb ?? '').toLowerCase()}${p.rest ? ` ${p.rest}` : ''}?`,
      };
    case 'per-my-last':
      return { why: `${q} pekar tillbaka på ${(p.earlier ?? 'ditt förra mejl').toLowerCase()} för att visa att hen missat det; det låter som "jag har ju redan sagt det".`, suggestion: 'Säg det igen på en vänlig rad, som om det vore första gången.' };
    case 'as-i-said':
      return { why: `"${p.said}" påminner om att du redan har sagt det; det låter som en lärare som upprepar en läxa.`, suggestion: 'Säg det igen på en vänlig rad, som om det vore första gången.' };
    case 'bump':
      return { why: `"${p.bump}" behandlar ditt mejl som något som måste ligga överst i högen; det lättsamma ordet döljer en knuff som märks.`, suggestion: 'Dela något nytt i stället, t.ex. "Jag hittade en artikel om det här som du kanske gillar."' };
    case 'friendly-reminder':
      return { why: `"${p.reminder}" bredvid ett krav slår in pressen i ett vänligt ord, så vänligheten låter som ironi.`, suggestion: 'När du har en stund vore jag tacksam om du ville titta på det.' };
    case 'not-sure-if':
      return { why: `${q} antyder att mottagaren har missat dina mejl, och det hörs som en förebråelse.`, suggestion: 'Här är en kort sammanfattning, ifall den är till nytta.' };
    case 'would-be-nice':
      return { why: `${q} talar om vad mottagaren borde ha gjort, så de artiga orden runt omkring surnar.`, suggestion: 'När du har en stund hör jag gärna hur det ser ut.' };
    case 'owe-me':
      return { why: `${q} gör arbetet till en skuld som mottagaren har till dig.`, suggestion: 'När du får tillfälle vore jag tacksam för det.' };
    case 'remind-again':
      return { why: `${q} säger att du har fått påminna förut.`, suggestion: 'Jag skriver med en kort uppdatering, ifall den är till nytta.' };
    case 'still-waiting':
    case 'waiting-for':
    case 'still-nothing':
      return { why: `"${p.wait}" säger att du står och tittar på klockan, vilket både pressar och låter sårat.`, suggestion: 'När du har en stund hör jag gärna vad du tycker.' };
    case 'hello':
    case 'anyone-there':
      return { why: `"${p.hello}" med frågetecken antyder att mottagaren gömmer sig för dig; det är ironi, även som skämt.`, suggestion: 'Hoppas att veckan är bra. Är det här fortfarande intressant för dig?' };
    case 'so-long':
      return { why: `"${p.wait}" kräver att mottagaren förklarar sitt tempo; hen är inte skyldig dig någon redogörelse för sin vecka.`, suggestion: 'Jag förstår att sådant tar tid. Finns det något jag kan skicka som skulle underlätta?' };
    case 'patience':
      return { why: `Att tala om ditt tålamod (${q}) säger att mottagaren prövar det, och då blir uppföljningen ett klagomål.`, suggestion: 'Ingen press från min sida; jag vill bara veta om det här fortfarande är intressant.' };
    case 'wait-longer':
    case 'how-long':
      return { why: `${q} sätter en gräns, som om du hade rätt till ett svar.`, suggestion: 'Vore det bättre om jag hör av mig igen om några veckor?' };
    case 'chase':
      return { why: `"${p.verb}" gör dig till jägaren och mottagaren till den som flyr.`, suggestion: 'Vore det enklare om jag hör av mig om en månad?' };
    case 'disappointed':
      return { why: `"${p.word}" lämpar över dina känslor på mottagaren; det försöker få hen att må dåligt för att hen har mycket att göra.`, suggestion: STILL_KEEN };
    case 'after-all':
      return { why: `"${p.did}" lägger det du har gjort i vågskålen mot ett svar; en tjänst med en faktura bifogad låter som skuld.`, suggestion: STILL_KEEN };
    case 'expected':
      return { why: `"${p.expected}" säger att mottagaren inte levt upp till dina förväntningar, fast hen inte var skyldig dig något.`, suggestion: STILL_KEEN };
    case 'courtesy':
      return { why: `Att åberopa "${p.word}" säger att mottagaren saknar hyfs; det avslutar ett samtal i stället för att börja ett.`, suggestion: STILL_KEEN };
    case 'had-time':
      return { why: `${q} påstår sig veta hur mottagarens tid har räckt; det försöker ge hen dåligt samvete för att hen har mycket att göra.`, suggestion: 'Jag vet att du har mycket just nu.' };
    default:
      return { why: `${q} spelar på mottagarens samvete i stället för att göra det lätt att svara.`, suggestion: STILL_KEEN };
  }
}

/** The infinitive of an order as written ("Återkom" -> "återkomma", "Hör av dig" -> "höra av dig"). */
function infinitive(order: string): string {
  const o = order.toLowerCase().trim();
  if (/^återkom\b/.test(o)) return o.replace(/^återkom/, 'återkomma');
  if (/^hör\b/.test(o)) return o.replace(/^hör/, 'höra');
  if (/^ring\b/.test(o)) return o.replace(/^ring/, 'ringa');
  if (/^skriv\b/.test(o)) return o.replace(/^skriv/, 'skriva');
  if (/^ge\b/.test(o)) return o;
  if (/^bestäm\b/.test(o)) return o.replace(/^bestäm/, 'bestämma');
  return o;
}
