/** Contact notes as users write them: comments, quoting, flow and block lists, a body. */

/** Last message Wed 11 Nov 2026; with the default cadence the next is due Thu 19 Nov. */
export const JANE = `---
followup: active   # keep going until she answers
name: Jane Doe
email: jane@example.com
context: job
topic: the product designer role
# every message, oldest first
contacted: [2026-11-04 09:10, 2026-11-11 14:30]
interests: [pizza, trail running]
---
Met at the design meetup.
`;

export const STOPPED = `---
followup: stopped # she asked: respect it
name: Sam Stone
contacted:
  - 2026-10-01 09:00
---
Body.
`;

/** A contact whose `contacted` cannot be read: a problem, never written to. */
export const PROBLEM = `---
followup: active
contacted: [last tuesday]   # oops
---
`;

/** Last message yesterday (Tue 24 Nov 2026): logging again is too early. */
export const RECENT = `---
followup: active # new lead
name: Rita Recent
contacted:
  - 2026-11-24 16:00   # first mail
---
`;

export const PLAIN = `Just a note about Pat.\n\nNo frontmatter here.\n`;
