/**
 * Data files the user gave this page (applications CSVs to resample, and the resample file that names them), kept
 * in this page's memory only: never uploaded, never put in a share link. The page reads scenarios from the bundled
 * files and these together (pageFiles), as the CLI reads the disk.
 */
import { bundledFiles } from './bundledFiles';

const userFiles = new Map<string, string>();

/** Adds (or replaces) a file under `path`, a name relative to the scenario that refers to it. */
export function addUserFile(path: string, text: string): void {
  userFiles.set(path, text);
}

/** The bundled files and the user's, for loadSlot. */
export function pageFiles(): ReadonlyMap<string, string> {
  if (userFiles.size === 0) return bundledFiles;
  return new Map([...bundledFiles, ...userFiles]);
}

/** True when `text` names a file only this page holds (its share link cannot be opened elsewhere). */
export function usesUserFiles(text: string): boolean {
  for (const path of userFiles.keys()) if (text.includes(path)) return true;
  return false;
}
