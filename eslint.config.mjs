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
        projectService: {
          // Build and bench scripts are plain .mjs files outside tsconfig.json.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
          allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'bench/*.mjs', 'test/browser/*.mjs', '.ci/*.mjs'],
        },
      },
    },
  },
  {
    // Declarative settings (getSettingDefinitions) need Obsidian 1.13; we support 1.7.2 and up,
    // where the settings tab's display() is the only way.
    files: ['src/plugin/settings-tab/**/*.ts'],
    rules: { 'obsidianmd/settings-tab/prefer-setting-definitions': 'off' },
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
    // The CLI, the VS Code extension (in VS Code's Node extension host) and the tooling run in
    // Node, not in Obsidian: Obsidian's in-app rules do not apply.
    files: ['src/cli/**/*.ts', 'src/vscode/**/*.ts', 'test/**/*.ts', 'bench/**', '*.mjs', '.ci/*.mjs', 'vitest.config.ts'],
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
