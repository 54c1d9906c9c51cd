/** classifyReply one behaviour at a time: whose words count, negation, dates, and what is unsure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../src/core/replies';

const TODAY = '2026-11-20'; // a Friday
const read = (text: string, today = TODAY) => classifyReply(text, { today });

describe('only their own words count', () => {
  it('our words quoted back ("I will stop emailing") do not make a stop', () => {
    expect(read('Sounds good!\n\nOn Mon, 16 Nov 2026 at 09:12, Alex <a@x.example> wrote:\n> Tell me and I will stop emailing.').kind).toBe('reply');
    expect(read('Absolut.\n\nDen 16 nov. 2026 kl. 09:12 skrev Erik <e@x.example>:\n> Säg till så slutar jag mejla.').kind).toBe('reply');
    expect(read('Sure.\n\nOn Mon, 16 Nov 2026 at 09:12, Alex Smith <alex@example.com>\nwrote:\n> please stop?').kind).toBe('reply');
    expect(read('Sure.\n-----Original Message-----\nFrom: me\nPlease stop.').kind).toBe('reply');
    expect(read('Sure.\nFrån: Erik <e@x.example>\nSkickat: den 16 november\nSluta mejla.').kind).toBe('reply');
  });

  it('a footer after the signature line is not theirs', () => {
    expect(read('Yes, Tuesday works.\n-- \nMaria | Unsubscribe: example.com/optout').kind).toBe('reply');
  });

  it('nothing of their own is unsure', () => {
    expect(read('> Please stop.').kind).toBe('unsure');
    expect(read('Skickat från min iPhone').kind).toBe('unsure');
  });
});

describe('stop requests, and what only looks like one', () => {
  it.each([
    ['Please take me off your list.', "'take me off' asks to be taken off your list"],
    ["No thanks, we've gone with someone else.", "'No thanks' reads as a no"],
    ['Vänligen ta bort mig.', "'ta bort mig' asks to be taken off your list"],
    ['Tyvärr går vi inte vidare med din ansökan.', "'går vi inte vidare' reads as a no"],
  ])('%s', (text, why) => {
    expect(read(text)).toMatchObject({ kind: 'stop', why });
  });

  it('a negated stop is a reply, and says so', () => {
    const r = read("Don't stop sending me these!");
    expect(r.kind).toBe('reply');
    expect(r.why).toContain("'don't stop sending me these' is not a request to stop");
    expect(read('Sluta inte skicka dem!').kind).toBe('reply');
    expect(read('Could you stop by on Friday?').kind).toBe('reply');
  });

  it('a no followed by an open door is a reply; a request to stop followed by one is unsure', () => {
    expect(read('Inte just nu, men hör av dig i januari.').kind).toBe('reply');
    expect(read("I'm not interested in the basic plan, but can we talk about the other one?").kind).toBe('reply');
    expect(read('Please remove me. Actually, can you send the price first?').kind).toBe('unsure');
  });

  it('a condition is not a request ("if you are not interested"), a polite one is', () => {
    expect(read("Sorry if it sounded like we're not interested. We are!").kind).toBe('reply');
    expect(read('I would appreciate it if you would remove my details.').kind).toBe('stop');
  });
});

describe('out of office and its return day', () => {
  it.each([
    ["I'm out of the office until 7 December.", '2026-12-07'],
    ['Automatic reply: back on Monday.', '2026-11-23'],
    ['Out of office, back tomorrow.', '2026-11-21'],
    ['Jag är på semester t.o.m. 4/1.', '2027-01-04'],
    ['Jag är ledig och åter vecka 2.', '2027-01-11'],
    ['Automatiskt svar: ledig till den 6 jan 2027.', '2027-01-06'],
    ['I am on leave from 23 November through 8 December.', '2026-12-08'],
    ['Autoreply: away until 24/11.', '2026-11-24'],
    ['Autoreply: out of office until 2026-12-10.', '2026-12-10'],
  ])('%s -> %s', (text, day) => {
    expect(read(text)).toMatchObject({ kind: 'out-of-office', returnDay: day });
  });

  it('English 12/7 could be either: no return day, and the why says so', () => {
    const r = read('Autoreply: I am away until 12/7.');
    expect(r.kind).toBe('out-of-office');
    expect(r.returnDay).toBeUndefined();
    expect(r.why).toContain('could be day/month or month/day');
  });

  it('a date a few days past stays this year; one months past is next year', () => {
    expect(read('Out of office until 15 November.', TODAY).returnDay).toBe('2026-11-15');
    expect(read('Out of office until 15 March.', TODAY).returnDay).toBe('2027-03-15');
  });

  it('back from holiday, or away but answering, is a real reply', () => {
    expect(read("I was out of the office last week. Yes, let's meet.").kind).toBe('reply');
    expect(read("I'm not in the office until Monday, but yes, I'll call you then.").kind).toBe('reply');
  });

  it('a person who has left, or a bounce, is unsure', () => {
    expect(read('I no longer work at Example Corp.').kind).toBe('unsure');
    expect(read('Your message wasn\'t delivered: address not found.').kind).toBe('unsure');
  });
});

describe('any text', () => {
  it('always gets a kind and a why, and a quoted line never changes the reading', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('Please stop.', 'Out of office until 7 December.', 'Yes!'), (noise, own) => {
        const r = read(`${own}\n> ${noise.replace(/[\r\n]/g, ' ')}`);
        expect(r.kind).toBe(read(own).kind);
        expect(r.why.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a very long text (no catastrophic backtracking)', () => {
    const r = read(`${'we are still thinking about it and '.repeat(20_000)}please stop emailing me`);
    expect(r.kind).toBe('stop');
  }, 30_000);
});
