/**
 * Swedish phrases that read as blame, pressure or guilt (article rule 1: "Du har inte svarat än",
 * "Du ignorerade min första e-post"). Matched against normalised text like rules-en.ts. The
 * article's own polite line "om du bara inte har haft tid" must pass.
 */
import { WHY, type PhraseRule } from './types';

const { blame: BLAME, pressure: PRESSURE, guilt: GUILT } = WHY;
const TRY_BUSY = 'Stryk det, eller skriv: "Jag förstår att det är mycket just nu, så jag lyfter upp det här igen."';

const ANSWERED = '(?:svarat|besvarat|återkommit|återkopplat|hört av dig)';
const MESSAGE = '(?:mejl|mail|e-?post|e-?postmeddelande|meddelande)';

export const RULES_SV: readonly PhraseRule[] = [
  // Blame
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `du har (?:fortfarande |ännu |än |ju |alltså |tyvärr )?(?:inte|aldrig|ej) (?:ens |ännu |än |heller )?${ANSWERED}|du (?:svarade|svarar|återkom|återkommer) (?:aldrig|inte)` },
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `du (?:har )?(?:ignorerat|ignorerade|ignorerar)|ignorera(?:t|r|de)? (?:mig|mina|mitt)` },
  { category: 'blame', why: BLAME, suggestion: 'Säg det igen, vänligt, utan "som jag sa".',
    pattern: `som jag (?:redan |tidigare )?(?:sa|sade|skrev|nämnde|påpekade|förklarade) (?:tidigare|förra gången|sist|redan|i mitt (?:förra|senaste|tidigare) ${MESSAGE})|som jag redan (?:sagt|skrivit|nämnt|påpekat|sa|skrev|nämnde)|som jag sa|enligt (?:mitt|mina) (?:förra|senaste|tidigare) ${MESSAGE}` },
  { category: 'blame', why: BLAME, suggestion: 'Skriv hellre: "När du har en stund hör jag gärna vad du tycker."',
    pattern: `väntar (?:fortfarande|fortf\\.?)|väntar (?:ännu|än) på (?:ditt |ett )?(?:svar|besked)|(?:fortfarande|ännu) (?:inte|inget) (?:fått |hört )?(?:något )?(?:svar|besked)|fortfarande inte hört|inget svar (?:än|ännu|från dig)` },
  { category: 'blame', why: BLAME, suggestion: 'Ställ en enkel fråga i stället, t.ex. "Passar ett kort samtal nästa vecka?"',
    pattern: `varför (?:har du inte|svarar du inte|svarade du inte|hör du inte av dig|har jag inte fått)|(?:har|läste|såg) du ens` },
  { category: 'blame', why: BLAME, suggestion: 'Stryk antalet; skriv vad du vill ska hända härnäst.',
    pattern: `(?:skrivit|mejlat|mailat|hört av mig|ringt|kontaktat dig) (?:till dig )?(?:flera|många|tre|fyra|fem|upprepade|\\d+|ett flertal|otaliga) gånger` },
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `du (?:har )?glömt (?:bort )?(?:mig|mitt|att svara)|du glömde` },
  // Pressure
  { category: 'pressure', why: PRESSURE, suggestion: 'Skriv hellre: "när det passar dig".',
    pattern: 'brådskande|akut|snarast(?: möjligt)?|omgående|tidskänsligt?|tidskritiskt?',
    notAfter: ['inte ', 'ej ', 'inget ', 'ingenting ', 'inte så ', 'alls ', 'något '] },
  { category: 'pressure', why: PRESSURE, suggestion: 'Fråga hellre om du ska sluta höra av dig (regel 3).',
    pattern: 'sista (?:chansen|påminnelsen|påminnelse|varningen|försöket)|slutlig påminnelse|påminnelse (?:nr|nummer) ?\\d' },
  { category: 'pressure', why: PRESSURE, suggestion: 'Skriv hellre: "när du har en stund".',
    pattern: '(?:svara|återkom|hör av dig) (?:omedelbart|direkt|nu|idag|i dag|senast (?:idag|i dag|imorgon|i morgon|ikväll))|(?:jag )?kräver (?:ett )?(?:svar|besked)|du måste (?:svara|återkomma|höra av dig)|(?:jag )?förväntar mig (?:ett )?(?:svar|besked)' },
  // Guilt
  { category: 'guilt', why: GUILT, suggestion: 'Stryk det; ett kort och vänligt mejl fungerar bättre.',
    pattern: '(?:jag är|jag blev|jag känner mig|jag blir) (?:lite |väldigt |mycket |rätt |ganska |oerhört |djupt |så )?besviken' },
  { category: 'guilt', why: GUILT, suggestion: 'Skriv hellre: "Jag vet att du har mycket att göra."',
    pattern: 'du har (?:väl|ju|säkert) (?:ändå )?(?:haft (?:tid|gott om tid)|hunnit (?:läsa|titta|svara|kolla))|du borde (?:väl )?(?:ha hunnit|ha haft tid|kunna svara|ha svarat)' },
  { category: 'guilt', why: GUILT, suggestion: 'Stryk det; ingen är skyldig dig ett svar, och vänlighet ger fler svar.',
    pattern: '(?:hade|skulle ha) förväntat mig|(?:hade|skulle ha) varit (?:trevligt|schysst|kul|snällt) (?:att få|med) (?:ett )?(?:svar|besked)|det minsta du kan|(?:vanlig|grundläggande) (?:hyfs|artighet)|efter allt (?:jag|vi) (?:har )?gjort' },
];
