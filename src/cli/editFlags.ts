/**
 * The CLI's scenario edits, the same as the page's form makes (src/scenario/scenarioEdits): `--set <field>=<value>`
 * for any field the form offers (src/scenario/editableFields), and the shorthands `--pool`, `--cap` and `--ratio`
 * (a scale of the scheme's ratios, as `quansim solve --find ratio`) for one scheme: `--pool 1.5亿元` when the
 * scenario has one scheme, `--pool hangzhou-2024.compute=1.5亿元` to name it. Each flag may be repeated.
 */
import { UserError, UserErrors } from '../errors/UserError';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { cliHelp } from '../i18n/cliHelp';
import { editMessages } from '../i18n/editMessages';
import { editableFields } from '../scenario/editableFields';
import type { Scenario } from '../scenario/model';
import type { ScenarioEdit } from '../scenario/scenarioEdits';
import { UsageError } from './program';

/** The flags as commander collects them (each repeatable). */
export interface EditFlagValues {
  set?: string[];
  pool?: string[];
  cap?: string[];
  ratio?: string[];
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** The edit flags, for `run` and `report`: each its flags and its help. */
export const EDIT_FLAGS: ReadonlyArray<readonly [string, Bilingual]> = [
  ['--set <field=value>', cliHelp.editSet],
  ['--pool <[scheme=]amount>', cliHelp.editPool],
  ['--cap <[scheme=]amount>', cliHelp.editCap],
  ['--ratio <[scheme=]scale>', cliHelp.editRatio],
];

/** Registers the edit flags on a command, with their help in `lang`. */
export function addEditFlags<C extends { option(flags: string, description: string, fn: (v: string, prev: string[]) => string[], dflt: string[]): C }>(cmd: C, lang: Lang): C {
  let c = cmd;
  for (const [flags, description] of EDIT_FLAGS) c = c.option(flags, description[lang], collect, []);
  return c;
}

/** The edit flags as given, each a flag and its value, in the order editsOf reads them (for the commands a report prints). */
export function editFlagPairs(v: EditFlagValues): [string, string][] {
  return [
    ...(v.set ?? []).map((x): [string, string] => ['--set', x]),
    ...(v.pool ?? []).map((x): [string, string] => ['--pool', x]),
    ...(v.cap ?? []).map((x): [string, string] => ['--cap', x]),
    ...(v.ratio ?? []).map((x): [string, string] => ['--ratio', x]),
  ];
}

/** True when any edit flag was given. */
export function hasEdits(v: EditFlagValues): boolean {
  return [v.set, v.pool, v.cap, v.ratio].some((l) => (l?.length ?? 0) > 0);
}

/**
 * The edits the flags ask of `scenario`, in the order given (`--set` first, then --pool, --cap, --ratio).
 * @throws UsageError when a `--set` is not `field=value`
 * @throws UserErrors naming every unknown field or scheme, a scheme to name, a cap that does not exist, a field set twice
 * @example editsOf({ pool: ['1.5亿元'] }, hangzhou2024, 'en') // [{ path: ['schemes', 'hangzhou-2024.compute', 'pool'], value: '1.5亿元' }]
 */
export function editsOf(v: EditFlagValues, scenario: Scenario, lang: Lang): ScenarioEdit[] {
  const fields = editableFields(scenario);
  const ids = scenario.rules.schemes.map((s) => s.id);
  const errors: UserError[] = [];
  const out: ScenarioEdit[] = [];
  const seen = new Set<string>();
  const add = (key: string, value: string): void => {
    const f = fields.find((x) => x.key === key);
    if (!f) {
      errors.push(new UserError('edit.unknown-field', editMessages.unknownField(key, fields.map((x) => x.key)), { field: key }));
      return;
    }
    if (seen.has(key)) {
      errors.push(new UserError('edit.twice', editMessages.twice(key), { field: key }));
      return;
    }
    seen.add(key);
    out.push({ path: f.path, value: f.numeric && /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : value });
  };

  for (const s of v.set ?? []) {
    const at = s.indexOf('=');
    if (at <= 0) throw new UsageError(editMessages.setUnreadable(s)[lang]);
    add(s.slice(0, at).trim(), s.slice(at + 1).trim());
  }
  const shorthand = (flag: string, field: string, values: readonly string[] | undefined): void => {
    for (const given of values ?? []) {
      const at = given.indexOf('=');
      let scheme: string;
      let value: string;
      if (at >= 0) {
        scheme = given.slice(0, at).trim();
        value = given.slice(at + 1).trim();
        if (!ids.includes(scheme)) {
          errors.push(new UserError('edit.unknown-scheme', editMessages.unknownScheme(flag, scheme, ids), { field: flag }));
          continue;
        }
      } else if (ids.length === 1) {
        scheme = ids[0]!;
        value = given.trim();
      } else {
        errors.push(new UserError('edit.which-scheme', editMessages.whichScheme(flag, ids), { field: flag }));
        continue;
      }
      if (field === 'cap' && !fields.some((f) => f.key === `schemes.${scheme}.cap`)) {
        errors.push(new UserError('edit.no-cap', editMessages.schemeHasNoCap(scheme), { field: flag }));
        continue;
      }
      add(`schemes.${scheme}.${field}`, value);
    }
  };
  shorthand('--pool', 'pool', v.pool);
  shorthand('--cap', 'cap', v.cap);
  shorthand('--ratio', 'ratioScale', v.ratio);
  if (errors.length > 0) throw new UserErrors(errors);
  return out;
}
