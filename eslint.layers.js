// The layers of src/, bottom to top (docs/architecture.md draws them). A folder may import from its own layer and
// the layers below; an import that points up fails `npm run lint` (eslint-plugin-boundaries).
export const LAYERS = [
  // core throws codes and values, no words: the catalogues of i18n (above) word them and format money
  ['core', ['errors', 'money', 'time', 'random']],
  ['base', ['i18n', 'yaml', 'figures']],
  ['domain', ['policy', 'allocation']],
  ['population', ['population', 'data']],
  ['scenario', ['scenario']],
  ['record', ['record']],
  ['stats', ['stats']],
  ['engine', ['engine']],
  ['scheduler', ['scheduler']],
  ['analysis', ['analysis']],
  ['charts', ['charts']],
  ['output', ['output']],
  ['report', ['report']],
  ['apps', ['cli', 'web']],
];
