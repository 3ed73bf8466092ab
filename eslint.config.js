// Lint config: typescript-eslint's recommended rules, plus the project's own habits
// (no Math.random in src/: every random draw comes from a seeded stream).
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import { LAYERS } from './eslint.layers.js';

/**
 * Each folder of src/ is an element named after it. The entry files beside them (index.ts, node.ts, simulate.ts) are
 * the top; test/architecture/layers.test.ts checks that no folder imports them.
 */
const elements = LAYERS.flatMap(([, folders]) => folders.map((f) => ({ type: f, pattern: `src/${f}` })));
/** A folder may import its own layer and every layer below. */
const policies = LAYERS.map(([, folders], i) => ({
  from: { element: { types: { anyOf: folders } } },
  allow: { to: { element: { types: { anyOf: LAYERS.slice(0, i + 1).flatMap(([, f]) => f) } } } },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'schemas/', 'test-results/', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded stream (src/random).' }],
      // a function longer than 80 lines says why, in the comment that turns this off for it
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // the core (the fast path and the plain reference beside it): files of 400 lines at most
    files: ['src/fast/**/*.ts', 'src/reference/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // every rule turned off says why: `// eslint-disable-next-line rule -- reason`
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: { '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['global', 'globals', 'eslint-enable'] }] },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
    },
  },
);
