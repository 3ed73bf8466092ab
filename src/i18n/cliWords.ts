/**
 * What the command line writes while it works (src/cli): progress lines, the files it wrote, the lines of a
 * cancelled command or a failed worker, the note on a capped `--workers`. Figures come already written as strings;
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
};
