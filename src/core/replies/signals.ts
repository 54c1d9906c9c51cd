/**
 * The phrases that carry a reply's meaning, English and Swedish, matched on folded text (lower
 * case, straight apostrophes, single spaces). Each says in words how it reads. Patterns use only
 * bounded repeats, so matching stays linear in the reply's length.
 */

export type SignalClass =
  /** Asks to be left alone: "please stop emailing me", "ta bort mig från listan". */
  | 'stop-request'
  /** A no: "we've gone with someone else", "vi är inte intresserade". */
  | 'no'
  /** Not now, without a no: "not right now", "inte just nu". */
  | 'not-now'
  /** Leaves the door open: "get in touch in January", "hör av dig till våren". */
  | 'come-back'
  /** Written by a machine: "automatic reply", "vi har tagit emot ditt meddelande". */
  | 'auto-reply'
  /** Says the person is away: "on leave until", "ledig t.o.m.". */
  | 'away'
  /** The person has left: "no longer works here", "har slutat". */
  | 'left'
  /** The mail never arrived: "address not found", "kunde inte levereras". */
  | 'bounce'
  /** A person talking to you: "yes", "let's", "ska vi". */
  | 'engaged';

export interface Signal {
  cls: SignalClass;
  re: RegExp;
  /** How the phrase reads, completing "'<phrase>' …". */
  reads: string;
  /** A negation just before it ("don't stop", "sluta inte") turns it around. */
  negatable?: boolean;
  /** Text just before it that makes it something else ("I was out of the office"). */
  unlessAfter?: RegExp;
}

/**
 * Word boundaries that know å, ä and ö are letters (`\b` does not): a `\b` before a word or a
 * group becomes "start or a non-letter" (consumed, as older iOS has no lookbehind; findHits
 * skips it), any other `\b` "no letter after". On folded (lower-case) text a plain class is
 * enough, and far cheaper than Unicode property classes.
 */
const LETTER = "a-z0-9åäöéèüæøß'";

function signal(cls: SignalClass, reads: string, source: string, options: { negatable?: boolean; unlessAfter?: RegExp } = {}): Signal {
  const bounded = source.replace(/\\b(?=[a-zåäö(])/g, `(?:^|[^${LETTER}])`).replace(/\\b/g, `(?![${LETTER}])`);
  return { cls, reads, ...options, re: new RegExp(bounded, 'g') };
}

const NEG = { negatable: true };

const CONTACT_EN = "(?:e-?mail(?:ing|s)?|mail(?:ing)?|contact(?:ing)?|messag(?:e|ing)|writ(?:e|ing)|send(?:ing)?(?: me)?(?: these| this| emails| messages)?|reach(?:ing)? out|follow(?:ing)?[- ]up|call(?:ing)?|spam(?:ming)?|bother(?:ing)?)";
const CONTACT_SV = '(?:mejla|maila|e-posta|skicka|höra av (?:dig|er)|kontakta|följa upp|skriva|ringa|störa)';
const US_EN = '(?:me|us|my (?:address|email|e-mail|details|name|data)|our (?:address|email|details))';

export const SIGNALS: readonly Signal[] = [
  // Stop requests, English.
  signal('stop-request', 'asks you to stop', `\\b(?:please |kindly |just )?stop ${CONTACT_EN}\\b`, NEG),
  signal('stop-request', 'asks you to stop', `^(?:please |so |just |now )?stop(?: it| now| please)?[.!]*$`, NEG),
  signal('stop-request', 'asks you to stop', `\\b(?:please |kindly )?(?:cease|stop) (?:all )?(?:further )?(?:communication|contact|correspondence)\\b`, NEG),
  signal('stop-request', 'asks to be taken off your list', `\\b(?:take|remove|delete|drop|strike) ${US_EN} (?:off|from)\\b`),
  signal('stop-request', 'asks to be taken off your list', `\\bremove ${US_EN}\\b`),
  signal('stop-request', 'asks to be taken off your list', `\\b(?:unsubscribe|opt (?:me |us )?out|opt-out)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:don't|do not|please don't|never) (?:ever )?${CONTACT_EN}(?: (?:me|us|with me|to me))?(?: again| any ?more| further| in future| regarding| about)?\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:prefer|rather|like|want)(?: not to| to not| not) (?:be contacted|hear|receive|get)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:no more|not receive any more|not to receive) (?:e-?mails|messages|mails|follow-?ups)\\b`),
  signal('stop-request', 'asks to be left alone', `\\bleave (?:me|us) alone\\b`),
  signal('stop-request', 'asks to withdraw', `\\bwithdraw my (?:name|application)\\b`),
  // A no, English.
  signal('no', 'reads as a no', `\\b(?:not|no longer) interested\\b`),
  signal('no', 'reads as a no', `\\bno interest\\b`),
  signal('no', 'reads as a no', `^no[,.!]? thanks?(?: you)?\\b|\\b(?:thanks|thank you),? but no(?: thanks)?\\b`),
  signal('no', 'reads as a no', `\\b(?:gone|go|going|went) with (?:someone|somebody|another|a different|other)\\b`),
  signal('no', 'reads as a no', `\\b(?:chosen|chose|selected|picked|decided on|hired|found) (?:someone|somebody|another|a different|other)\\b`),
  signal('no', 'reads as a no', `\\b(?:proceed|move forward|go ahead|continue) with (?:other|another|a different)\\b`),
  signal('no', 'reads as a no', `\\b(?:won't|will not|not|aren't|are not) (?:be )?(?:moving|going) (?:forward|ahead)\\b`),
  signal('no', 'reads as a no', `\\bdecided (?:not to|against)\\b`),
  signal('no', 'reads as a no', `\\b(?:in|into) (?:a different|another) direction\\b`),
  signal('no', 'reads as a no', `\\b(?:we'll|i'll|we will|i will|going to|have to|gonna|must) pass\\b`),
  signal('no', 'reads as a no', `\\b(?:i|we)(?: am| are|'m|'re)? (?:going to |have to |must |will )?decline\\b`),
  signal('no', 'reads as a no', `\\b(?:position|role|job|vacancy|post) (?:has|have) (?:already )?been filled\\b|\\bfilled the (?:position|role|vacancy)\\b`),
  signal('no', 'reads as a no', `\\bhired (?:someone|somebody) (?:for|else)\\b|\\bhave (?:already )?hired\\b`),
  signal('no', 'reads as a no', `\\bnot been selected\\b|\\bnot (?:be )?(?:taking|progressing) (?:your application|you) (?:forward|further)\\b`),
  signal('no', 'reads as a no', `\\b(?:not|isn't|is not) (?:a )?(?:good )?fit\\b|^not for (?:us|me)\\b|\\bnot for us\\b`),
  signal('no', 'reads as a no', `\\bisn't something (?:we|i) need\\b|\\b(?:don't|do not) need (?:anything|this|it|your)\\b`),
  signal('no', 'reads as a no', `\\bhappy with our (?:current|existing|present)\\b|\\balready have a (?:provider|supplier|vendor|partner)\\b`),
  signal('no', 'reads as a no', `\\bit's a no\\b|\\bthe answer is no\\b`),
  signal('no', 'reads as a no', `\\bnot looking (?:to (?:add|switch|change|take on|hire|buy|bring on)|for (?:new |any |more |other )?(?:vendors|suppliers|providers|partners|services|agencies|help|opportunities|candidates))\\b`),
  signal('no', 'reads as a no', `\\bkeep (?:your|you) (?:details |cv |resume |résumé |application |profile )?(?:on file|in mind for (?:future|other|upcoming))\\b`),
  signal('no', 'reads as a no', `\\b(?:i'm|we're|i am|we are) all set(?! (?:for|with|to|on|now))\\b`),
  // Stop requests, Swedish.
  signal('stop-request', 'asks you to stop', `\\bsluta ${CONTACT_SV}\\b`, NEG),
  signal('stop-request', 'asks you to stop', `^(?:snälla,? |men )?sluta(?: nu| med det(?: här)?)?[.!]*$`, NEG),
  signal('stop-request', 'asks you to stop', `\\bsluta (?:med )?(?:utskicken|mejlen|mailen|att skicka)\\b`, NEG),
  signal('stop-request', 'asks to be taken off your list', `\\b(?:ta|plocka|stryk) bort (?:mig|oss|mina uppgifter|min adress|mitt namn)\\b|\\b(?:tog|tar) bort (?:mig|oss|mina uppgifter)\\b`),
  signal('stop-request', 'asks to be taken off your list', `\\bstryk (?:mig|oss)\\b`),
  signal('stop-request', 'asks to be taken off your list', `\\b(?:avregistrera|avsluta (?:min |mitt )?prenumeration(?:en)?|avprenumerera)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:kontakta|mejla|maila|ring) (?:mig|oss) (?:inte|aldrig)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:hör|följ) (?:inte|aldrig) (?:av dig|upp)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\bbehöver (?:inte|aldrig) (?:höra av dig|kontakta|följa upp)\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\binte (?:bli )?kontaktad\\b`),
  signal('stop-request', 'asks not to be contacted again', `\\b(?:inte|aldrig) ha (?:fler|mer|några fler) (?:mejl|mail|utskick|meddelanden)\\b|\\binga fler (?:mejl|mail|utskick)\\b`),
  signal('stop-request', 'asks to be left alone', `\\blämna (?:mig|oss) (?:i ?fred)\\b`),
  // A no, Swedish.
  signal('no', 'reads as a no', `\\b(?:inte|inte längre|ej)(?: är| vara)? intresserad(?:e)?\\b`),
  signal('no', 'reads as a no', `\\binget intresse\\b`),
  signal('no', 'reads as a no', `^nej[,.!]? tack\\b|\\btack,? men nej\\b|\\bnej tack\\b`),
  signal('no', 'reads as a no', `\\b(?:tackar|tacka) nej\\b|\\bavböjer\\b|\\bavstår\\b`),
  signal('no', 'reads as a no', `\\b(?:gått|gå|går) vidare med (?:en |ett )?(?:annan|annat|andra|någon annan)\\b`),
  signal('no', 'reads as a no', `\\b(?:valt|väljer|välja) (?:att gå vidare med )?(?:en |ett )?(?:annan|annat|andra|någon annan)\\b`),
  signal('no', 'reads as a no', `\\b(?:hittat|anställt|rekryterat) (?:någon|en annan)\\b|\\bredan anställt\\b`),
  signal('no', 'reads as a no', `\\btjänsten (?:är|har) (?:nu |redan )?(?:tillsatt|blivit tillsatt)\\b|\\b(?:har|är) tillsatt\\b`),
  signal('no', 'reads as a no', `\\binte (?:att )?(?:gå|går|gått) vidare\\b|\\bgår (?:[a-zåäö]+ ){0,2}inte vidare\\b`),
  signal('no', 'reads as a no', `\\binget för (?:oss|mig)\\b|\\binte för oss\\b|\\bpassar (?:inte|tyvärr inte) (?:oss|mig)\\b`),
  signal('no', 'reads as a no', `\\b(?:är|blir) inte aktuellt\\b|\\binte aktuellt för\\b`),
  signal('no', 'reads as a no', `\\bnöjda med (?:vår|våra|den) (?:nuvarande|befintliga)\\b|\\bbehöver inte (?:era|dina|detta|det)\\b`),
  signal('no', 'reads as a no', `\\b(?:inget|inte något) behov\\b`),
  signal('no', 'reads as a no', `\\bett nej\\b|\\bsvaret är nej\\b`),
  signal('no', 'reads as a no', `\\bvalt en annan väg\\b`),
  signal('no', 'reads as a no', `\\bvi klarar oss(?: själva| bra| utan)?\\b`),
  signal('no', 'reads as a no', `\\bsparar (?:din ansökan|ditt cv|dina uppgifter|din profil) (?:för|inför) (?:framtida|kommande|andra)\\b`),
  // Not now.
  signal('not-now', 'says only no', `^(?:no|nope|nah|nej|nä|nix)[.!]*$`),
  signal('not-now', 'says not now', `\\b(?:we're|i'm|we are|i am) (?:good|fine|ok|okay) for now\\b|\\b(?:not|aren't|are not|isn't|is not) (?:hiring|recruiting|buying|looking)(?: right now| at the moment| now| currently| this (?:year|quarter))\\b`),
  signal('not-now', 'says not now', `\\bnot (?:right )?now\\b|\\bnot at the moment\\b|\\bnot this (?:year|quarter|month|time)\\b`),
  signal('not-now', 'says not now', `\\binte (?:just )?nu\\b|\\binte i (?:nuläget|dagsläget)\\b|\\binte (?:det här|detta) (?:året|kvartalet)\\b`),
  // The door left open.
  signal('come-back', 'leaves the door open', `\\b(?:get|be|stay|keep) in touch\\b|\\b(?:check|circle|come) back\\b|\\breach (?:out|back)(?: again)? (?:in|next|after|later)\\b`),
  signal('come-back', 'leaves the door open', `\\bfollow(?: |-)?up (?:then|in|next|after|later)\\b|\\bkeep me (?:posted|in the loop|updated)\\b|\\btry (?:me |us )?again\\b`),
  signal('come-back', 'leaves the door open', `\\b(?:can|could) (?:we|you)\\b|\\blet's\\b|\\bi'd (?:still )?(?:like|love) to\\b|\\btell me more\\b|\\blooks (?:good|great|interesting)\\b`),
  signal('come-back', 'leaves the door open', `\\bhör (?:gärna )?av (?:dig|er)(?: igen)? (?:i|till|då|efter|nästa|om|senare|framåt)\\b|\\bhör (?:gärna )?av dig då\\b`),
  signal('come-back', 'leaves the door open', `\\b(?:kanske|gärna) (?:till|nästa|efter|i|senare)\\b|\\bhåll mig\\b|\\bvi hörs\\b|\\bberätta (?:gärna )?mer\\b|\\b(?:kan|ska) (?:vi|du|ni)\\b`),
  signal('come-back', 'leaves the door open', `\\b(?:vill|skulle vilja) gärna\\b|\\bboka (?:ett|en|in)\\b`),
  signal('come-back', 'asks for more', `\\b(?:actually|wait|eller vänta|förresten)\\b`),
  // Auto-replies.
  signal('auto-reply', 'is an auto-reply', `\\b(?:automatic|automated|auto)[- ]?(?:reply|response|message|answer)\\b|\\bautoreply\\b`),
  signal('auto-reply', 'is an auto-reply', `\\bout of (?:the )?office\\b`, { unlessAfter: /(?:was|were|been) $/u }),
  signal('auto-reply', 'is an auto-reply', `\\b(?:we have|we've|we) received your (?:message|email|e-mail|enquiry|inquiry|request)\\b|\\byour (?:message|email|request|enquiry) has been received\\b`),
  signal('auto-reply', 'is an auto-reply', `\\b(?:do not|please do not|please don't) reply to this\\b|\\bmailbox is not monitored\\b|\\boffice (?:is|will be) closed\\b`),
  signal('auto-reply', 'is an auto-reply', `\\bautomatiskt (?:svar|meddelande)\\b|\\bautosvar\\b|\\bfrånvaromeddelande\\b|\\bfrånvaro:`),
  signal('auto-reply', 'is an auto-reply', `\\b(?:har|vi har) tagit emot (?:ditt|ert) (?:mejl|mail|meddelande|e-postmeddelande|ärende)\\b|\\bärende har registrerats\\b`),
  signal('auto-reply', 'is an auto-reply', `\\bsvara inte på (?:detta|det här)\\b|\\bgår inte att svara på\\b|\\bkontoret är stängt\\b`),
  // Away.
  signal('away', 'says they are away', `\\b(?:i'm|i am|i will be|i'll be|currently) (?:currently )?(?:away|travelling|traveling|out sick|off|out today|out until|out)\\b`),
  signal('away', 'says they are away', `\\b(?:ooo|pto|out of pocket)\\b|\\bis (?:currently )?(?:away|travelling|traveling|on (?:leave|vacation|holiday)|out of (?:the )?office)\\b`),
  signal('away', 'says they are away', `\\bon (?:annual |parental |maternity |paternity |sick |study )?(?:leave|vacation|holiday|holidays)\\b|\\bfor the holidays\\b`),
  signal('away', 'says they are away', `\\b(?:at|attending) a (?:conference|trade show|fair|course|training)\\b|\\bon business\\b`),
  signal('away', 'says they are away', `\\b(?:limited|no) access to (?:e-?mail|my e-?mail)\\b|\\bnot (?:be )?checking (?:my )?e-?mail\\b|\\bchecking e-?mail (?:infrequently|occasionally|rarely)\\b`),
  signal('away', 'says they are away', `\\b(?:not|won't be) in the office\\b|\\bback (?:in the office )?(?:on|tomorrow|monday|tuesday|wednesday|thursday|friday)\\b|\\b(?:returning|will return|return on|back in the office)\\b`),
  signal('away', 'says they are away', `\\b(?:will|'ll) (?:reply|respond|get back to you) (?:when|on my return|after|as soon as)\\b|\\bwill not be forwarded\\b`),
  signal('away', 'says they are away', `\\b(?:är|är nu) (?:på semester|ledig|tjänstledig|föräldraledig|sjukskriven|sjuk|bortrest|borta|på (?:konferens|mässa|utbildning|tjänsteresa|resa))\\b`),
  signal('away', 'says they are away', `\\b(?:tjänstledig|föräldraledig|sjukskriven|bortrest)\\b|^(?:ledig|semester)\\b|\\bpå semester\\b|\\bjag reser\\b`),
  signal('away', 'says they are away', `\\binte på kontoret\\b`, { unlessAfter: /(?:var|varit) $/u }),
  signal('away', 'says they are away', `\\binte tillgänglig\\b|\\bbegränsad tillgång till (?:e-post|mejl|mail)\\b|\\b(?:läser inte|utan tillgång till) (?:min )?(?:e-post|mejl|mail)\\b|\\b(?:mejl|e-post) läses inte\\b`),
  signal('away', 'says they are away', `\\båter (?:på kontoret|den|v\\.|vecka|\\d|måndag|tisdag|onsdag|torsdag|fredag)|\\btillbaka (?:på kontoret|den|på måndag|på tisdag|på onsdag|på torsdag|på fredag|måndag|tisdag|onsdag|torsdag|fredag|imorgon|i morgon|\\d)|\\bvidarebefordras inte\\b`),
  // The person has left, or the mail did not arrive: the user must decide.
  signal('left', 'says the person has left', `\\b(?:moved to a new (?:role|job|company|position)|changed (?:jobs|roles)|contact my successor|my successor)\\b|\\b(?:bytt (?:tjänst|jobb|arbetsplats)|min efterträdare)\\b`),
  signal('left', 'says the person has left', `\\bno longer (?:work|works|working|employed|with)\\b|\\b(?:has|have) left (?:the company|the organi[sz]ation|us)\\b`),
  signal('left', 'says the person has left', `\\b(?:har slutat|slutat på|arbetar inte längre|jobbar inte längre|inte längre (?:kvar|anställd))\\b`),
  signal('bounce', 'says the mail was not delivered', `\\b(?:delivery (?:status notification|failure|has failed)|undeliverable|address not found|(?:wasn't|was not|could not be|couldn't be) delivered|mailer-daemon)\\b`),
  signal('bounce', 'says the mail was not delivered', `\\b(?:kunde inte levereras|inte kunde levereras|adressen hittades inte|adress hittades inte|olevererbart)\\b`),
  // A person talking to you.
  signal('engaged', 'is a person answering', `^(?:yes|sure|absolutely|ja)\\b|\\b(?:but|men),? (?:yes|ja)\\b|\\bi'll call you\\b|\\bcall you then\\b|\\bringer (?:jag )?dig\\b|\\bvi ses\\b|\\bska vi\\b`),
];

/** Words just before a phrase that negate it: "don't stop sending", "never stop". */
export const NEGATION_BEFORE = /(?:^|[^\p{L}])(?:not|don't|do not|never|can't|cannot|won't|wouldn't|shouldn't|no need to|inte|aldrig|ej)(?: \p{L}+)?\s*$/u;
/** Words just after one that negate it: "sluta inte", "sluta aldrig"; "stop by" is a visit. */
export const NEGATION_AFTER = /^\s?(?:inte|aldrig|by|in|over|at)(?![\p{L}])/u;
/** "If you're not interested", "om du vill att jag slutar": a condition, not a request. */
export const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless|whether|ifall)(?: [\p{L}']+){0,5}\s*$/u;
/** …except a polite request: "I'd appreciate it if you removed me". */
export const POLITE_IF = /(?:appreciate it|appreciate|grateful|glad|thankful) if(?: [\p{L}']+){0,5}\s*$/u;
