/**
 * What the command line writes while it works (src/cli): progress lines, the files it wrote, the lines of a
 * cancelled command or a failed worker, the note on a capped `--workers`, the usage errors (exit 2) and the line of an
 * internal error (exit 3). Figures come already written as strings;
 * which figure, and how it is formatted, stays in src/cli. The help texts are in cliHelp.ts.
 */
import type { Bilingual } from './Bilingual';

export const cliWords = {
  /** Ctrl-C (src/cli/interrupt.ts). */
  cancelled: { zh: 'quansim：已取消，未写出任何结果', en: 'quansim: cancelled; nothing was written' },
  /** A simulation worker failed (exit 4); `failure` is workerFailureText's, in the same language. */
  workerFailed: (failure: string): Bilingual => ({
    zh: `quansim：${failure}；未写出任何结果`,
    en: `quansim: ${failure}; nothing was written`,
  }),
  workersCapped: (asked: string, cores: string): Bilingual => ({
    zh: `quansim：--workers ${asked} 超过本机可用的 ${cores} 个核心，改用 ${cores} 个`,
    en: `quansim: --workers ${asked} is more than the ${cores} cores this machine has: using ${cores}`,
  }),
  /** After each batch of `--runs auto`. */
  autoBatch: (runs: string, outside: string, counted: string): Bilingual => ({
    zh: `${runs} 次模拟：${counted} 个要点数字中 ${outside} 个仍超出容差`,
    en: `runs ${runs}: ${outside} of ${counted} headline figures outside tolerance`,
  }),
  wroteFilesTo: (count: string, folder: string): Bilingual => ({
    zh: `已写入 ${count} 个文件到 ${folder}`,
    en: `wrote ${count} files to ${folder}`,
  }),
  /** `names`: the files, comma-separated. */
  wrote: (names: string): Bilingual => ({ zh: `已写入 ${names}`, en: `wrote ${names}` }),
  /** An assumption `quansim fit` made, on stderr. */
  fitAssumed: (assumption: Bilingual): Bilingual => ({ zh: `假设: ${assumption.zh}`, en: `assumed: ${assumption.en}` }),
  sensitivityStart: (variants: string, runs: string): Bilingual => ({
    zh: `敏感性分析：${variants} 个情景 × ${runs} 次模拟`,
    en: `sensitivity: ${variants} variants × ${runs} runs`,
  }),
  sweepStart: (columns: string, rows: string, runs: string): Bilingual => ({
    zh: `参数扫描：${columns} × ${rows} 格 × ${runs} 次模拟`,
    en: `sweep: ${columns} × ${rows} cells × ${runs} runs`,
  }),
  sweepRowsDone: (done: string, total: string): Bilingual => ({
    zh: `已完成 ${done}/${total}`,
    en: `rows done ${done}/${total}`,
  }),
  /** One evaluation of a goal seek: `#3: pool = 1.5亿元 → 8.0% [..] (meets P(...) ≤ 10%)`. */
  solveEvaluation: (k: string, variable: string, value: string, estimate: string, verdict: string, target: string): Bilingual => ({
    zh: `第${k}次: ${variable} = ${value} → ${estimate} (${verdict} ${target})`,
    en: `#${k}: ${variable} = ${value} → ${estimate} (${verdict} ${target})`,
  }),
  solveMeets: { zh: '达到', en: 'meets' },
  solveMisses: { zh: '未达到', en: 'does not meet' },
  goalSeekStart: (target: Bilingual, runs: string): Bilingual => ({
    zh: `目标求解：${target.zh}，每次 ${runs} 次模拟`,
    en: `goal seek: ${target.en}, ${runs} runs per evaluation`,
  }),
  /** `quansim report` runs a scenario. */
  reportRunning: (name: string, runs: string, seed: string): Bilingual => ({
    zh: `运行 ${name}（${runs} 次，种子 ${seed}）`,
    en: `running ${name} (${runs} runs, seed ${seed})`,
  }),
  reportRunningAuto: (name: string, batch: string, maxRuns: string, seed: string): Bilingual => ({
    zh: `运行 ${name}（--runs auto，每批 ${batch} 次，最多 ${maxRuns} 次，种子 ${seed}）`,
    en: `running ${name} (--runs auto, batches of ${batch}, at most ${maxRuns}, seed ${seed})`,
  }),
  reportDrawing: (charts: string): Bilingual => ({
    zh: `绘制 ${charts} 张图（SVG 与 PNG）`,
    en: `drawing ${charts} charts (SVG and PNG)`,
  }),
  reportWrote: (folder: string, others: string): Bilingual => ({
    zh: `已写入 ${folder}/report.html、report.md 及其他 ${others} 个文件`,
    en: `wrote ${folder}/report.html, report.md and ${others} other files`,
  }),
  /** A usage error (exit 2): `message` is in the same language. */
  usageError: (message: string): Bilingual => ({ zh: `quansim：${message}`, en: `quansim: ${message}` }),
  /** `value` is quoted (JSON). */
  langInvalid: (value: string): Bilingual => ({
    zh: `--lang 只能是 en 或 zh，不能是 ${value}`,
    en: `--lang must be en or zh, not ${value}`,
  }),
  /** `value` is quoted (JSON). */
  wholeNumberInvalid: (flag: string, max: string, value: string): Bilingual => ({
    zh: `${flag} 须为 1 到 ${max} 之间的整数，不能是 ${value}`,
    en: `${flag} must be a whole number from 1 to ${max}, not ${value}`,
  }),
  jsonAndFormat: (format: string): Bilingual => ({
    zh: `--json 与 --format ${format} 要求的输出不同：请只给其中一个`,
    en: `--json and --format ${format} ask for different outputs: give one of them`,
  }),
  /** `allowed`: the formats, listed; `value` is quoted (JSON). */
  formatInvalid: (allowed: Bilingual, value: string): Bilingual => ({
    zh: `--format 须为 ${allowed.zh} 之一，不能是 ${value}`,
    en: `--format must be one of ${allowed.en}, not ${value}`,
  }),
  maxMemoryTooLow: (mb: string): Bilingual => ({
    zh: `--max-memory 至少为 64（MB），不能是 ${mb}`,
    en: `--max-memory must be at least 64 (MB), not ${mb}`,
  }),
  outEmpty: { zh: '--out 需要一个文件夹名，不能是空字符串', en: '--out needs a folder name, not an empty string' },
  toleranceWithoutAuto: {
    zh: '--tolerance、--batch 和 --max-runs 只能与 --runs auto 一起使用',
    en: '--tolerance, --batch and --max-runs go with --runs auto',
  },
  compareNeedsTwo: { zh: 'compare 至少需要两个情景文件', en: 'compare needs at least two scenario files' },
  /** `input` is quoted (JSON); `choices`: the inputs, listed. */
  inputsUnknown: (input: string, choices: Bilingual): Bilingual => ({
    zh: `--inputs：未知的输入 ${input}：可选 ${choices.zh}`,
    en: `--inputs: unknown input ${input}: choose from ${choices.en}`,
  }),
  /** `allowed`: the variables, listed; `value` is quoted (JSON). */
  findInvalid: (allowed: Bilingual, value: string): Bilingual => ({
    zh: `--find 须为 ${allowed.zh} 之一，不能是 ${value}`,
    en: `--find must be one of ${allowed.en}, not ${value}`,
  }),
  /** A goal seek with no range given and nothing to start one from: `start` is rangeFromPool or rangeFromCap. */
  rangeNeeded: (scheme: string, start: Bilingual): Bilingual => ({
    zh: `需要 --range：${scheme} 没有可作为起点的${start.zh}`,
    en: `--range is needed: ${scheme} has no ${start.en} to start from`,
  }),
  rangeFromPool: { zh: '资金池', en: 'pool' },
  rangeFromCap: { zh: '数值上限', en: 'numeric cap' },
  /** A bug (exit 3): `message` is the error's own, in English. */
  internalError: (message: string): Bilingual => ({ zh: `quansim：内部错误：${message}`, en: `quansim: internal error: ${message}` }),
  internalErrorHint: { zh: '（设置 QUANSIM_DEBUG=1 可查看调用栈）', en: ' (set QUANSIM_DEBUG=1 to see the stack)' },
  /**
   * The progress bar on a terminal (cli-progress): `{bar}`, `{value}`, `{total}` and `{eta_text}` are its own
   * placeholders, filled as it draws; `label` names what runs.
   */
  progressFormat: (label: string): Bilingual => ({
    zh: `${label} [{bar}] {value}/{total} 次模拟 | 还需 {eta_text}`,
    en: `${label} [{bar}] {value}/{total} runs | {eta_text} left`,
  }),
  /** The time left on the progress bar, in seconds written for people. */
  secondsLeft: (seconds: string): Bilingual => ({ zh: `${seconds} 秒`, en: `${seconds} s` }),
};
