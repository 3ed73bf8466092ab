/**
 * What the text report of an edited run leads with: the list of changes (old → new) and the paired differences
 * against the unedited scenario on the same seeds and runs, the table `quansim compare` prints for the two
 * (compareTable), so an edit reads as a change against its baseline, not as a new scenario.
 *
 *   baseline summary + per-run ─┐
 *                               ├─ compareTable ─▶ "changes … / comparison table"
 *   edited summary + per-run ───┘
 */
import type { Lang } from '../i18n/Bilingual';
import { outputWords as W } from '../i18n/outputWords';
import { changeLine } from '../scenario/scenarioChanges';
import type { Summary } from '../stats/Summary';
import { compareTable } from './compareTable';
import type { PerRunHeadlines } from './perRunHeadlines';

/**
 * The lead of an edited run's text report, ending with a blank line.
 * @param baseline the unedited scenario's summary and per-run values, run on the edited run's seed and runs
 * @throws Error when `edited` lists no changes (an unedited run has no lead), or the runs differ
 */
export function editedRunText(
  edited: { summary: Summary; perRun: readonly PerRunHeadlines[] },
  baseline: { summary: Summary; perRun: readonly PerRunHeadlines[] },
  lang: Lang,
): string {
  const changes = edited.summary.scenario.changes ?? [];
  if (changes.length === 0) throw new Error('editedRunText: the summary lists no changes');
  if (edited.summary.runs !== baseline.summary.runs || edited.summary.seed !== baseline.summary.seed) {
    throw new Error('editedRunText: the baseline must run on the same seed and runs');
  }
  const head = W.editedHead(edited.summary.scenario.title, baseline.summary.scenario.title)[lang];
  const lines = [head, ...changes.map((c) => `  · ${changeLine(c, lang)}`), ''];
  lines.push(W.editedDifference(String(edited.summary.seed), String(edited.summary.runs))[lang]);
  lines.push(compareTable([baseline.summary, edited.summary], lang, [baseline.perRun, edited.perRun]));
  return `${lines.join('\n')}\n`;
}
