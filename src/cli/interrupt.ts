/**
 * Ctrl-C in the CLI. The command line installs one SIGINT handler when it starts (installInterrupt): while a
 * simulation runs, Ctrl-C calls the cancel hooks it registered (the scheduler stops its workers, or the in-thread
 * worker stops within a slice of runs) and the command ends through SimulationCancelled (one line, exit 130, nothing
 * written); at any other moment (loading, writing a few files) it prints the same line and exits 130 at once. A
 * second Ctrl-C always exits at once.
 */
import type { Lang } from '../i18n/Bilingual';
import { cliWords } from '../i18n/cliWords';

const hooks = new Set<() => void>();
let installed = false;

/** The line a cancelled command prints. */
export function cancelledLine(lang: Lang): string {
  return `${cliWords.cancelled[lang]}\n`;
}

/** Installs the process's SIGINT handler (once). @param write where the line goes (stderr) */
export function installInterrupt(lang: () => Lang, write: (text: string) => void): void {
  if (installed) return;
  installed = true;
  let seen = false;
  process.on('SIGINT', () => {
    if (hooks.size > 0 && !seen) {
      seen = true;
      for (const h of [...hooks]) h();
      return;
    }
    write(cancelledLine(lang()));
    process.exit(130);
  });
}

/**
 * Calls `cancel` on Ctrl-C until the returned function is called. In tests (no handler installed) a hook is kept
 * but never called.
 * @example const off = onInterrupt(() => abort.abort()); try { … } finally { off(); }
 */
export function onInterrupt(cancel: () => void): () => void {
  hooks.add(cancel);
  return () => {
    hooks.delete(cancel);
  };
}
