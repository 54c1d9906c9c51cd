/**
 * English phrases that read as blame, pressure or guilt (article rule 1). Patterns are matched
 * against normalised text: lower case, `'` for every apostrophe, single spaces. Each rule is
 * narrow on purpose: "I haven't wanted to intrude" and "this isn't urgent" must pass.
 */
import { WHY, type PhraseRule } from './types';

const { blame: BLAME, pressure: PRESSURE, guilt: GUILT } = WHY;
const TRY_BUSY = 'Leave it out, or try: "I know how busy things get, so I\'m just bringing this back to the top."';

const REPLIED = "(?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|(?:get|got|gotten) back(?: to me)?|writ(?:e|ten) back|acknowledg(?:e|ed))";
const MESSAGE = '(?:e-?mails?|messages?|notes?|mails?)';

export const RULES_EN: readonly PhraseRule[] = [
  // Blame
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `you (?:still |really |just )?(?:haven't|have not|havent|didn't|did not|didnt|never|'ve not|have never) (?:yet |even |ever |once )?${REPLIED}` },
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `you(?:'ve| have)? (?:been |just |completely |simply |totally )?ignor(?:ed|ing)|you(?:'re| are) (?:still )?ignoring|ignor(?:ed|ing) (?:me|my ${MESSAGE})` },
  { category: 'blame', why: BLAME, suggestion: 'Restate the point in one friendly line instead of pointing back at your last email.',
    pattern: `(?:as )?per my (?:last|previous|earlier|prior|original) ${MESSAGE}` },
  { category: 'blame', why: BLAME, suggestion: 'Just say it again, kindly, without "as I said".',
    pattern: `as i (?:already |previously )?(?:said|stated|wrote|explained|mentioned|noted) (?:before|earlier|previously|already|in my (?:last|previous|earlier) ${MESSAGE})|as i (?:already |previously )(?:said|stated|wrote|explained|mentioned)|as i said|as (?:previously|already) (?:stated|mentioned|said)` },
  { category: 'blame', why: BLAME, suggestion: 'Try: "Whenever you have a moment, I\'d love to hear your thoughts."',
    pattern: `still waiting|(?:i've|i have|i'm|i am) (?:been )?(?:patiently )?waiting (?:for|on) (?:a |an |your |any )?(?:reply|response|answer|feedback|word)` },
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `still (?:haven't|have not|not|didn't|did not) (?:heard|received|gotten|got|had) (?:anything |a word |a reply |a response |an answer )?(?:back )?(?:from you)?|still no (?:reply|response|answer|word|news)|no (?:reply|response|answer) (?:yet )?from you|(?:days|weeks|months) (?:and|with) (?:still )?(?:no|nothing)` },
  { category: 'blame', why: BLAME, suggestion: 'Ask an easy question instead, e.g. "Would a short call next week suit you?"',
    pattern: `why (?:haven't|have not|didn't|did not|won't|aren't|don't) you|why you (?:haven't|have not|didn't|did not|won't) ${REPLIED}|(?:did|have) you even` },
  { category: 'blame', why: BLAME, suggestion: 'Leave the count out; say what you would like to happen next.',
    pattern: `(?:i've|i have) (?:already )?(?:e-?mailed|written to|written|contacted|messaged|called|reached out to|tried to reach|tried reaching) you (?:several|multiple|many|numerous|countless|\\d+|three|four|five|six|a number of) times` },
  { category: 'blame', why: BLAME, suggestion: TRY_BUSY,
    pattern: `you (?:forgot|must have forgotten|seem to have forgotten|probably forgot)|you(?:'ve| have)? failed to ${REPLIED}` },
  // Pressure
  { category: 'pressure', why: PRESSURE, suggestion: 'Try: "whenever suits you".', pattern: 'a\\.?s\\.?a\\.?p' },
  { category: 'pressure', why: PRESSURE, suggestion: 'Leave it out, or explain the real timing kindly, e.g. "we start planning on the 3rd".',
    pattern: 'urgent(?:ly)?|time[- ]sensitive|time[- ]critical',
    notAfter: ['not ', "isn't ", "wasn't ", "aren't ", 'nothing ', 'no ', 'never ', 'at all ', 'anything ', 'not that '] },
  { category: 'pressure', why: PRESSURE, suggestion: 'Ask whether they would like you to stop instead (rule 3).',
    pattern: '(?:final|last) (?:notice|reminder|warning|attempt|chance|call)|act now|before it\'s too late|don\'t miss (?:out|this)' },
  { category: 'pressure', why: PRESSURE, suggestion: 'Try: "Whenever you have a moment."',
    pattern: `(?:reply|respond|answer|get back to me) (?:today|now|right away|immediately|by (?:end of (?:day|the day|week)|eod|tomorrow|tonight))|immediate (?:reply|response|answer|attention)|(?:i |we )?(?:need|expect|require|demand) (?:a |an |your )?(?:prompt |quick |immediate )?(?:reply|response|answer|decision)` },
  // Guilt
  { category: 'guilt', why: GUILT, suggestion: 'Leave it out; a warm, short note works better.',
    pattern: "(?:i'm|i am|i was|i feel|i've been|i'm feeling) (?:so |very |really |quite |a (?:bit|little) |rather |deeply |extremely |pretty )?disappointed" },
  { category: 'guilt', why: GUILT, suggestion: 'Try: "I know how full your week must be."',
    pattern: "surely you|you (?:must|should|would|could) (?:surely )?have (?:had|found) (?:the |some |enough )?time|(?:i'm|i am) sure you(?:'ve| have) had (?:the |some |enough )?time" },
  { category: 'guilt', why: GUILT, suggestion: 'Leave it out; they owe you nothing, and a kind note gets more replies.',
    pattern: "i (?:would have|would've|had|'d have) expected|i expected (?:a |an |to hear|better|more|at least)|would(?: have|'ve) been nice to (?:get|hear|receive)|i (?:thought|assumed) you would (?:have )?(?:replied|answered|responded|gotten back|got back)" },
  { category: 'guilt', why: GUILT, suggestion: 'Leave it out; a kind note gets more replies.',
    pattern: "common courtesy|basic courtesy|the least you could do|after all (?:the time )?i've (?:done|put in|invested)" },
];
