import cliProgress from 'cli-progress';
import type { Progress } from '../engine/progress';
import type { Lang } from '../i18n/Bilingual';
import { cliWords } from '../i18n/cliWords';
import type { Io } from './io';

/**
 * A progress bar on stderr (only when stderr is a terminal): runs done, total, and time left, in `lang`.
 * Returns the update function and a stop function.
 */
export function progressBar(io: Io, label: string, lang: Lang): { update: (p: Progress) => void; stop: () => void } {
  if (!io.errIsTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: cliWords.progressFormat(label)[lang], hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const eta = p.etaMs === null ? '…' : cliWords.secondsLeft((p.etaMs / 1000).toFixed(1))[lang];
      if (!started) {
        bar.start(p.total, p.done, { eta_text: eta });
        started = true;
      } else bar.update(p.done, { eta_text: eta });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
