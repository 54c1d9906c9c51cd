import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: the pure core and the CLI run in Node; the Obsidian adapter runs in jsdom with
// `obsidian` aliased to the in-memory app of obsidian-test-mocks; the VS Code adapter runs in Node
// with `vscode` aliased to a small fake of it (its integration tests in real code-server have their
// own config, test/vscode/integration/vitest.config.ts).
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
      {
        resolve: { alias: { vscode: fileURLToPath(new URL('test/vscode/fake-vscode.ts', import.meta.url)) } },
        test: {
          name: 'vscode',
          environment: 'node',
          include: ['test/vscode/**/*.test.ts'],
          exclude: ['test/vscode/integration/**'],
        },
      },
    ],
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
