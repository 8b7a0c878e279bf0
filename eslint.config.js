// @ts-check
// Lint rules that keep STYLE.md true: no `any`, no floating promises, console only in the
// logger, braces on every `if`, and to-do marks only with an issue number.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Flags to-do and fix-me marks that do not name an issue, as in `TODO(#12)` (STYLE.md 8). */
const todoNeedsIssue = {
  meta: {
    type: 'suggestion',
    messages: { missing: '{{word}} needs an issue number, as {{word}}(#12): what is left.' },
    schema: [],
  },
  /** @param {import('eslint').Rule.RuleContext} context */
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const match = /\b(TODO|FIXME)\b(?!\(#\d+\))/.exec(comment.value);
          if (match && comment.loc) {
            context.report({ loc: comment.loc, messageId: 'missing', data: { word: match[1] } });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output*/',
      '.wxt/',
      'demo-output/',
      'test-output*/',
      'public/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs'] } },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { local: { rules: { 'todo-needs-issue': todoNeedsIssue } } },
    rules: {
      'local/todo-needs-issue': 'error',
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Option bags pass callbacks declared with method syntax; none of them uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests stub async APIs with async functions that need no await, read browser storage
    // (typed `any` by the WebExtension types) and pass methods to expect(); product code may not.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Plain-JS scripts and fakes are checked by `// @ts-check`, not by the TS project: keep the
    // syntax rules, drop the ones that need type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // These callbacks run inside extension pages, where the WebExtension `browser` global exists.
    files: ['test/e2e-firefox/**', 'scripts/bench/**'],
    languageOptions: { globals: globals.webextensions },
  },
  {
    // The logger is the one place that writes to the console; CLI scripts report to a terminal.
    files: ['lib/logger.ts', 'scripts/**', 'test/**/*.mjs', 'test/e2e-firefox/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
