/**
 * Why an English finding is unkind in its sentence, and a kinder line to use instead. Every text
 * quotes the words that matched, so two findings of one kind read differently. No suggestion may
 * itself be flagged by the check (test/core/tone/suggestions.test.ts).
 */
import type { Explanation } from './explain';
import type { Hit } from './types';

const ASK_THOUGHTS = (topic: string): string => `I know how full inboxes get. Whenever you have a moment, I'd love to hear your thoughts on ${topic || 'this'}.`;
const HEAR_WHENEVER = "I wanted to share a quick update, and I'd be glad to hear from you whenever it suits.";
const STILL_KEEN = "I'd still very much like to hear your thoughts, whenever suits you.";

function counted(verb: string): string {
  const v = verb.toLowerCase();
  if (/^(?:call|phon|rang|ring)/.test(v)) return 'calls';
  if (/^ask/.test(v)) return 'questions';
  if (/^(?:tri|try|reach|contact)/.test(v)) return 'attempts';
  if (/^remind/.test(v)) return 'reminders';
  return 'emails';
}

/** "your answer" -> "your answer would help me plan"; "to know" -> "it would help me to know". */
function wouldHelp(what: string): string {
  const w = what.trim().replace(/^(?:really|just|still)\s+/i, '');
  if (w === '' || /^(?:it|this|that)$/i.test(w)) return "If you have a moment, it would help me plan to hear how things stand.";
  if (/^to\s/i.test(w)) return `If you have a moment, it would help me ${w.replace(/\s+(?:done|now|today)$/i, '')} when it suits you.`;
  return `If you have a moment, ${w.toLowerCase()} would help me plan.`;
}

export function explainEnglish(h: Hit, phrase: string): Explanation {
  const p = h.parts;
  const q = `"${phrase}"`;
  switch (h.rule) {
    case 'no-answer':
      return {
        why: `${q} puts the spotlight on what they did not do ("${p.neg}" + "${p.verb}"), so it reads as an accusation; they may simply have been busy, and a reply is a favour, not a duty.`,
        suggestion: ASK_THOUGHTS(p.topic ?? ''),
      };
    case 'failed-to-answer':
      return { why: `"${p.neg}" turns not answering into a failure on their part, and nobody owes you a reply.`, suggestion: ASK_THOUGHTS(p.topic ?? '') };
    case 'even-read':
      return { why: `${q} suggests they did not bother to read it; the sarcasm stings more than silence.`, suggestion: 'Would a two-line summary be easier? Here it is.' };
    case 'ignored':
      return { why: `"${p.verb}" says they chose to shut you out, when silence usually means a full week, not a snub.`, suggestion: 'I imagine things have been busy, so here is a short note instead of a long one.' };
    case 'not-heard':
    case 'no-reply-from-you':
      return { why: `${q} keeps a record of their silence; it hands them a debt instead of an easy way to reply.`, suggestion: HEAR_WHENEVER };
    case 'why-not':
      return { why: `A "why ${p.neg} you" question asks them to account for themselves and puts them on the defensive.`, suggestion: 'Would a short call next week be easier than email?' };
    case 'ordinal':
    case 'times':
    case 'again':
    case 'how-many':
    case 'keep-sending':
    case 'after':
      return {
        why: `"${p.count}" keeps score of your ${counted(p.verb ?? '')}; counting makes them feel watched and in your debt.`,
        suggestion: h.rule === 'again' ? 'Would a short call be easier than email?' : `Would a short call be easier than more ${counted(p.verb ?? '')}?`,
      };
    case 'make-me':
      return { why: `${q} is a threat dressed as a request: it says not answering will cost them.`, suggestion: 'Is this still of interest to you? A one-word answer is perfectly fine.' };
    case 'order-by':
      return {
        why: `"${p.order}" with "${p.when}" gives them an order and a deadline they never agreed to; a follow-up can ask, but it cannot set terms.`,
        suggestion: `If you have a moment, could you ${(p.order ?? 'reply').toLowerCase()} when it suits you?`,
      };
    case 'final-notice':
      return { why: `"${p.word}" invents a cut-off to hurry them; it sounds like an advert, not a person.`, suggestion: 'Would you like me to stop writing about this? Either answer is fine.' };
    case 'urgent':
      return {
        why: `"${p.word}" turns your timing into their emergency; unless something real depends on it, it reads as pressure.`,
        suggestion: 'If the timing matters, say why, e.g. "We plan the next round on the 3rd, in case that is useful to know."',
      };
    case 'i-need':
      return {
        why: `"${p.need} ${p.what}"${p.when ? ` ${p.when}` : ''} states what you require of them; they owe you nothing, so it reads as a demand.`,
        suggestion: wouldHelp(p.what ?? ''),
      };
    case 'you-must':
      return {
        why: `"${p.subject} ${p.modal} ${p.verb}" is an order; it leaves them no room, and an order makes "no" the easiest answer.`,
        suggestion: `Would you be able to ${(p.verb ?? '').toLowerCase()}${p.rest ? ` ${p.rest}` : ''}?`,
      };
    case 'per-my-last':
      return { why: `${q} points back at ${(p.earlier ?? 'your last email').toLowerCase()} to show they missed it; it reads as "I already told you".`, suggestion: 'Say the point again in one friendly line, as if for the first time.' };
    case 'as-i-said':
      return { why: `"${p.said}" reminds them you have said it before; it sounds like a teacher repeating a lesson.`, suggestion: 'Say the point again in one friendly line, as if for the first time.' };
    case 'bump':
      return { why: `"${p.bump}" treats your email as something that must stay on top of their pile; the casual word hides a nudge they will feel.`, suggestion: 'Share something new instead, e.g. "I came across an article on this that you might enjoy."' };
    case 'friendly-reminder':
      return { why: `"${p.reminder}" next to a demand wraps pressure in a friendly word, so the friendliness reads as sarcasm.`, suggestion: "When you have a moment, I'd be grateful if you could have a look." };
    case 'not-sure-if':
      return { why: `${q} hints that they overlooked your emails, and they will hear it as a reproach.`, suggestion: "Here is a two-line summary, in case it's useful." };
    case 'would-be-nice':
    case 'any-at-all':
      return { why: `${q} tells them what they should have done, so the polite words around it turn sour.`, suggestion: "Whenever you have a moment, I'd be glad to hear how things stand." };
    case 'owe-me':
      return { why: `${q} frames the work as a debt they owe you.`, suggestion: "When you have a chance, I'd be grateful for it." };
    case 'remind-again':
      return { why: `${q} says you have had to remind them before.`, suggestion: "I'm writing with a short update, in case it's useful." };
    case 'still-waiting':
    case 'waiting-for':
    case 'still-nothing':
      return { why: `"${p.wait}" tells them you are watching the clock, which pushes and sounds hurt at the same time.`, suggestion: "Whenever you have a moment, I'd love to hear your thoughts." };
    case 'hello':
    case 'anyone-there':
      return { why: `"${p.hello}" with a question mark suggests they are hiding from you; it is sarcasm, even as a joke.`, suggestion: 'I hope your week is going well. Is this still of interest to you?' };
    case 'so-long':
      return { why: `"${p.wait}" asks them to justify their pace; they owe you no account of their week.`, suggestion: 'I understand these things take time. Is there anything I could send that would help?' };
    case 'patience':
      return { why: `Mentioning your patience (${q}) says they are trying it, which turns a follow-up into a complaint.`, suggestion: "No pressure from my side; I'd just like to know whether this is still of interest." };
    case 'wait-longer':
    case 'how-long':
      return { why: `${q} sets them a limit, as though you were owed an answer.`, suggestion: 'Would it help if I checked back in a few weeks?' };
    case 'chase':
      return { why: `"${p.verb}" casts you as the hunter and them as the one running away.`, suggestion: 'Would it be easier if I checked back in a month?' };
    case 'disappointed':
      return { why: `"${p.word}" hands them your feelings to fix; it tries to make them feel bad for being busy.`, suggestion: STILL_KEEN };
    case 'after-all':
      return { why: `"${p.did}" puts what you did on the scales against their reply; a favour with a bill attached reads as guilt.`, suggestion: STILL_KEEN };
    case 'expected':
      return { why: `"${p.expected}" tells them they fell short of what you expected, when they owed you nothing.`, suggestion: STILL_KEEN };
    case 'courtesy':
      return { why: `Invoking "${p.word}" says they lack manners; that ends a conversation instead of starting one.`, suggestion: STILL_KEEN };
    case 'had-time':
      return { why: `${q} claims to know how their time went; it tries to make them feel guilty for being busy.`, suggestion: 'I know how full your week is.' };
    default:
      return { why: `${q} leans on their conscience instead of making replying easy.`, suggestion: STILL_KEEN };
  }
}
