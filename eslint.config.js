// Lint for every room: typescript-eslint's recommended rules, React hooks rules and jsx-a11y for
// the renderer. `npm test` runs it, so main stays clean. Import boundaries between rooms are
// enforced by test/architecture (one place for that policy).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // We match control characters on purpose: to strip them from file names, markup and calendars.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // The classic hook rules; the React Compiler rules of v7 assume a compiler we do not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      // Inline forms the designer opens with a click take the focus at once, as dialogs do.
      'jsx-a11y/no-autofocus': 'off',
      // A choice's label wraps its input, then a name and a hint in spans of their own: the text is
      // three levels down, one more than the rule looks by default.
      'jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
      // An inline form closes on Escape pressed in any of its fields: the form hears the key as it
      // bubbles up from the focused field, as the plugin's own preset allows for dialogs.
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        {
          ...jsxA11y.flatConfigs.recommended.rules['jsx-a11y/no-noninteractive-element-interactions'][1],
          form: ['onKeyDown'],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
  {
    // CommonJS files load their modules with require(): that is what the format is.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests may use `any` to poke at envelopes and fakes; the code under test may not.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
