import { defineConfig } from 'vitest/config';

// Integration tests in a real VS Code: code-server (the workbench and the extension host) with
// the packaged .vsix installed, on a temp copy of examples/vault, driven by Chromium. One server
// for all files, one file at a time; every wait is on a condition, with generous limits for a
// loaded two-core machine.
export default defineConfig({
  test: {
    name: 'vscode-integration',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['harness/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
