/**
 * Reads the cells of one CSV row by column name, recording each problem with its file, line, column and field
 * instead of stopping at the first, so that a file's every problem is reported at once (parseApplications,
 * parsePayments).
 */
import { UserError, userErrorsOf } from '../errors/UserError';
import { dataMessages } from '../i18n/dataMessages';

export interface RowCells<C extends string> {
  /** The cell of column `c` read with `read`; undefined when the column is absent, the cell empty or unreadable. */
  cell<T>(c: C, read: (v: string) => T, required?: boolean): T | undefined;
  /** Whether every cell read so far was readable (and every required one present). */
  ok(): boolean;
}

/**
 * @param file the file's name, for messages
 * @param line the row's line in the file
 * @param cells the row's cells
 * @param col each column's index in the row
 * @param errors where problems are recorded
 */
export function rowCells<C extends string>(
  file: string, line: number, cells: readonly string[], col: ReadonlyMap<C, number>, errors: UserError[],
): RowCells<C> {
  let ok = true;
  return {
    cell<T>(c: C, read: (v: string) => T, required = false): T | undefined {
      const i = col.get(c);
      if (i === undefined) return undefined;
      const raw = (cells[i] ?? '').trim();
      const where = { file, line, column: i + 1, field: c };
      if (raw === '') {
        if (required) {
          errors.push(new UserError('data.empty-cell', dataMessages.emptyCell(), where));
          ok = false;
        }
        return undefined;
      }
      try {
        return read(raw);
      } catch (e) {
        const found = userErrorsOf(e);
        if (!found) throw e;
        errors.push(...found.map((u) => u.at(where)));
        ok = false;
        return undefined;
      }
    },
    ok: () => ok,
  };
}
