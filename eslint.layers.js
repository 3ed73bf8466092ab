// The layers of src/, bottom to top (docs/architecture.md draws them). A folder may import from its own layer and
// the layers below; an import that points up fails `npm run lint` (eslint-plugin-boundaries).
export const LAYERS = [
  ['words', ['i18n']],
  ['base', ['errors', 'money', 'time', 'random', 'yaml', 'figures']],
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
