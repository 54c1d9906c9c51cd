/**
 * Lets pending promise callbacks, the mock vault's awaits and the metadata cache's events run,
 * as they would between a user's clicks.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}
