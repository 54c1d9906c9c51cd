/** Real contact notes for the adapter's tests, as a user writes them. */
export const JANE = `---
followup: active            # active | paused | replied | stopped
name: Jane Doe
email: jane.doe@brightside.example
context: job
contacted: [2026-11-04 09:10, 2026-11-11 14:30]
interests: [pizza, trail running]
---
Hiring manager. Met at the Malmö UX meetup.

## Follow-ups
`;

export const SAM = `---
followup: active
context: networking
contacted: [2026-11-20 11:30]
---
Met at a meetup.
`;

export const KARIN_STOPPED = `---
followup: stopped
context: sales
contacted: [2026-09-15 09:00, 2026-09-22 13:00]
---
Asked us to stop.
`;

export const BROKEN_CADENCE = `---
followup: active
contacted: [2026-11-02 10:00]
cadence: sometimes
---
A typo in the cadence.
`;

export const PLAIN = `---
tags: [meeting]
---
Not a contact, though it mentions followup in the body.
`;
