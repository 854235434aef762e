import { badInput } from '@app/errors';

/** Opaque cursors for keyset pagination: the sort values of the last row seen, then its id. */
export function encodeCursor(values: Array<string | number | Date | null>): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString('base64url');
}

/** Longest cursor any list hands out (a few sort values and a UUID, base64url). */
const MAX_CURSOR_LENGTH = 500;

function cursorValues(cursor: string): Array<string | number | null> | null {
  if (cursor.length > MAX_CURSOR_LENGTH) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) {
      return values as Array<string | number | null>;
    }
  } catch {
    // not base64url JSON: not one of ours
  }
  return null;
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): Array<string | number | null> {
  const values = cursorValues(cursor);
  if (values?.length === arity) return values;
  throw badInput(field, 'is not a cursor from this list');
}

/** The checks every list's arguments get, whatever the list: `first` within bounds, `after` shaped like a cursor. */
export function checkPageArgs(first: number | null | undefined, after: string | null | undefined): void {
  if (first != null) pageSize(first, 0);
  if (after != null && !cursorValues(after)?.length) throw badInput('after', 'is not a cursor from this list');
}

/** A page of rows plus what a connection needs. */
export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
  /** A number, or a function that counts (a second query), called only when the client selects totalCount. */
  totalCount: number | (() => Promise<number>);
  cursorOf(row: T): string;
}

/**
 * A page from rows read one past its size (`limit + 1`, in the list's order): the extra row only
 * says that there is a next page.
 */
export function pageOf<T>(rows: T[], limit: number, totalCount: Page<T>['totalCount'], cursorOf: (row: T) => string): Page<T> {
  return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount, cursorOf };
}

/** Lists take at most 100 per page (the contract's rule). */
export function pageSize(first: number | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > 100) throw badInput('first', 'must be between 0 and 100');
  return size;
}
