// @ts-check
import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
  {
    ignores: ['node_modules/', 'main.js', 'dist/', 'coverage/', 'examples/', 'test/browser/__screenshots__/', 'bench/.vaults/'],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'bench/*.mjs', 'test/browser/*.mjs'] },
      },
    },
  },
  {
    // The core is pure: no Obsidian, no Node, no frontmatter library that needs Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['obsidian', 'gray-matter', 'fs', 'path', 'os'],
          patterns: ['node:*'],
        },
      ],
    },
  },
  {
    // The CLI and the tooling run in Node, not in Obsidian: Obsidian's in-app rules do not apply.
    files: ['src/cli/**/*.ts', 'test/**/*.ts', 'bench/**', '*.mjs', 'vitest.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/ui/sentence-case': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
      'import/no-nodejs-modules': 'off',
    },
  },
]);
