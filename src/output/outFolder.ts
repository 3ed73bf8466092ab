/**
 * An output folder written whole or not at all (Node only):
 *
 *   checkOutFolder(dir)          before any work: dir is a folder or can be made one, writable, and holds
 *                                nothing quansim did not write (it will be replaced whole)
 *   writeOutFolder(dir, fill)    fill(<parent>/.<name>.quansim-<pid>-<n>) ─▶ rename the old folder aside ─▶
 *                                rename the new one into place ─▶ remove the old one
 *
 * A run killed or cancelled while `fill` writes leaves the previous folder as it was (the temporary one is
 * removed on a thrown error, and by the next write to the same folder when the process was killed). Renames
 * within one parent folder are atomic on POSIX file systems, so a reader sees the old folder or the new one,
 * never a mixture; only in the instant between the two renames is there no folder at `dir`, and a run killed
 * then leaves the old folder under its aside name, which the next write puts back before it starts.
 *
 * Node's `mkdir(…, {recursive: true})` never returns on some paths (`/proc/x`), so folders are made one level
 * at a time.
 */
import { accessSync, constants, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';

/**
 * The names quansim writes at the top of an output folder (run, compare, report, sensitivity, solve, sweep,
 * schema): a folder holding only these may be replaced. A folder holding anything else is refused, so that
 * `--out .` or a folder of one's own is never wiped.
 */
const OUR_NAMES = [
  /^summary(\.schema)?\.json$/,
  /^summary\.(zh|en)\.txt$/,
  /^summary-\d+-[^/]+\.json$/,
  /^(runs|bands|groups|sweep)\.csv$/,
  /^(sensitivity|solve|sweep)\.json$/,
  /^report\.(md|html)$/,
  /^charts$/,
  /^table-[^/]+\.csv$/,
  /^(policy|scenario|population)\.schema\.json$/,
  /^[a-z0-9-]+(\.\d{4})?\.(zh|en)\.(svg|vl\.json)$/,
  /^[a-z0-9-]+-\d{4}\.(svg|png|vl\.json)$/,
];

/** True when quansim writes a file or folder of this name at the top of an output folder. */
export function isOutputName(name: string): boolean {
  return OUR_NAMES.some((re) => re.test(name));
}

const TEMP_MARK = '.quansim-';

function statOf(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? err.message;
}

/**
 * Checks that `dir` can take a new output folder, before any work is done.
 * @param dir absolute path
 * @param shown the path as the user gave it, for messages
 * @throws UserError when dir is a file, lies under a file, cannot be written, or holds files quansim did not write
 */
export function checkOutFolder(dir: string, shown: string): void {
  const st = statOf(dir);
  if (st) {
    if (!st.isDirectory()) throw new UserError('out.is-file', messages.outIsFile(shown));
    const foreign = readdirSync(dir).filter((n) => !isOutputName(n));
    if (foreign.length > 0) throw new UserError('out.holds-other', messages.outHoldsOther(shown, foreign.slice(0, 3)));
  }
  const ancestor = existingAncestor(dir, shown);
  try {
    accessSync(ancestor, constants.W_OK);
    // access() says yes to root everywhere; making a folder is the real test (it fails in /proc, /sys…)
    const probe = join(ancestor, `${TEMP_MARK}probe-${process.pid}`);
    mkdirSync(probe);
    rmdirSync(probe);
  } catch (e) {
    throw new UserError('out.not-writable', messages.outNotWritable(shown, reasonOf(e)));
  }
}

/**
 * The nearest folder above `path` that exists (the folders from it down to `path` are to be made).
 * @throws UserError `out.under-file` when the nearest thing that exists above `path` is a file
 */
function existingAncestor(path: string, shown: string): string {
  let ancestor = dirname(path);
  let st = statOf(ancestor);
  while (!st && dirname(ancestor) !== ancestor) {
    ancestor = dirname(ancestor);
    st = statOf(ancestor);
  }
  if (st && !st.isDirectory()) throw new UserError('out.under-file', messages.outUnderFile(shown, ancestor));
  return ancestor;
}

/**
 * Makes the folders up to the file `path` (fit's --out; backtest's files in its --out folder), one level at a time,
 * for a command that writes its files one by one rather than a folder whole.
 * @param path absolute path of a file to be written
 * @param shown the path as the user gave it, for messages
 * @throws UserError when a file lies on its path (`out.under-file`) or a folder cannot be made (`out.not-writable`)
 */
export function makeFoldersFor(path: string, shown: string): void {
  existingAncestor(path, shown);
  try {
    makeFolders(dirname(path));
  } catch (e) {
    throw new UserError('out.not-writable', messages.outNotWritable(shown, reasonOf(e)));
  }
}

/**
 * Writes a folder whole: `fill` writes into a new temporary folder beside `dir`, which then replaces `dir`.
 * @param dir absolute path of the folder
 * @param shown the path as the user gave it, for messages
 * @param fill writes the files into the folder it is given
 * @returns what `fill` returns
 * @throws UserError (see checkOutFolder) or when a folder cannot be made or renamed; whatever `fill` throws
 */
export async function writeOutFolder<T>(dir: string, shown: string, fill: (tmp: string) => Promise<T>): Promise<T> {
  const parent = dirname(dir);
  const name = basename(dir);
  restoreAside(parent, name);
  checkOutFolder(dir, shown);
  const fail = (e: unknown): UserError => new UserError('out.not-writable', messages.outNotWritable(shown, reasonOf(e)));
  try {
    makeFolders(parent);
  } catch (e) {
    throw fail(e);
  }
  removeStale(parent, name);
  const tmp = join(parent, `.${name}${TEMP_MARK}${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp);
  } catch (e) {
    throw fail(e);
  }
  let result: T;
  try {
    result = await fill(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if ((e as NodeJS.ErrnoException).code !== undefined && (e as NodeJS.ErrnoException).syscall !== undefined) throw fail(e);
    throw e;
  }
  const aside = join(parent, `.${name}${TEMP_MARK}old-${process.pid}`);
  const had = statOf(dir) !== null;
  try {
    if (had) renameSync(dir, aside);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      if (had) renameSync(aside, dir);
      throw e;
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw fail(e);
  }
  if (had) rmSync(aside, { recursive: true, force: true });
  return result;
}

/** Makes `dir` and its missing parents, one level at a time (see the file comment). */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  while (!statOf(at) && dirname(at) !== at) {
    missing.push(at);
    at = dirname(at);
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temporary and aside folders of `name` in `parent` left by processes that are gone: [path, kind][]. */
function leftovers(parent: string, name: string): Array<{ path: string; aside: boolean }> {
  const prefix = `.${name}${TEMP_MARK}`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const out: Array<{ path: string; aside: boolean }> = [];
  for (const e of entries) {
    if (!e.startsWith(prefix)) continue;
    const rest = e.slice(prefix.length);
    const aside = rest.startsWith('old-');
    const pid = Number.parseInt(aside ? rest.slice(4) : rest, 10);
    if (Number.isInteger(pid) && !alive(pid)) out.push({ path: join(parent, e), aside });
  }
  return out;
}

/** A run killed between its two renames left the previous folder aside: put it back. */
function restoreAside(parent: string, name: string): void {
  if (statOf(join(parent, name))) return;
  const aside = leftovers(parent, name).find((l) => l.aside);
  if (aside) {
    try {
      renameSync(aside.path, join(parent, name));
    } catch {
      // left for the user: the old folder is still there under its aside name
    }
  }
}

/** Removes temporary folders of `name` left by killed runs. */
function removeStale(parent: string, name: string): void {
  for (const l of leftovers(parent, name)) rmSync(l.path, { recursive: true, force: true });
}
