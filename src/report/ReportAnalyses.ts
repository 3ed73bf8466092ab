/**
 * The analyses a report may carry (`quansim report --sensitivity`, `--solve`, `--sweep`): each result as the
 * analysis functions of src/analysis return it, with the command that reproduces it on its own. They are run
 * before the report is built (src/cli/commands/report.ts), so building the report stays pure.
 */
import type { SensitivityResult } from '../analysis/sensitivity';
import type { SolveResult } from '../analysis/solve';
import type { SweepResult } from '../analysis/sweep';

export interface ReportAnalyses {
  sensitivity?: { result: SensitivityResult; command: string };
  solve?: { result: SolveResult; command: string };
  sweep?: { result: SweepResult; command: string };
}
