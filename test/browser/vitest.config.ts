import { defineConfig } from 'vitest/config';

// Real-browser tests: headless Chromium over the harness page. Kept out of the root config's
// projects so `npm test` never needs a browser; `npm run test:browser` runs them alone.
export default defineConfig({
  test: {
    name: 'browser',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for the page; a loaded CI machine can take seconds to redraw.
    expect: { poll: { timeout: 15_000 } },
    // One Chromium at a time: steadier timings and memory on small CI machines.
    fileParallelism: false,
  },
});
