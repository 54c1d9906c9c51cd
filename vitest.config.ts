import { defineConfig } from 'vitest/config';

// Two projects: the pure core and the CLI run in Node; the Obsidian adapter runs in jsdom with
// `obsidian` aliased to the in-memory app of obsidian-test-mocks.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/release/**/*.test.ts'],
          setupFiles: ['test/fast-check-seed.ts', 'test/cli-cache-home.ts'],
        },
      },
      {
        resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
        test: {
          name: 'plugin',
          environment: 'jsdom',
          include: ['test/plugin/**/*.test.ts'],
          setupFiles: ['obsidian-test-mocks/vitest-setup'],
        },
      },
    ],
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
