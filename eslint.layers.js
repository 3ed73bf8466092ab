// The layers of src/, bottom to top (docs/architecture.md draws them). A folder may import from its own layer and
// the layers below; an import that points up fails `npm run lint` (eslint-plugin-boundaries).
export const LAYERS = [
  // base throws codes and values, no words: the catalogues of i18n (above) word them and format money
  ['base', ['errors', 'money', 'time', 'random']],
  ['words', ['i18n', 'yaml', 'figures']],
  ['vocabulary', ['vocabulary']],
  ['domain', ['policy', 'allocation']],
  ['population', ['population', 'data']],
  ['scenario', ['scenario']],
  ['record', ['record']],
  ['stats', ['stats']],
  ['core', ['fast', 'reference']],
  ['engine', ['engine']],
  ['scheduler', ['scheduler']],
  ['analysis', ['analysis']],
  ['charts', ['charts']],
  ['output', ['output']],
  ['report', ['report']],
  ['apps', ['cli', 'web']],
];
