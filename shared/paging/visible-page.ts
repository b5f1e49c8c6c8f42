/**
 * A page of a list that ends on the last row the caller may see. The store
 * reads past hidden rows (DynamoDB counts what a filter drops, and a filter
 * in the app drops more); its own position after such a read may be a
 * hidden row, so it is only used to read on, never handed out. A page ends
 * when it holds `limit` items, or has looked at `scanLimit` visible rows
 * (rows the caller may see that the filter does not match), or the list
 * ends; hidden rows count for nothing, so what a caller gets page by page
 * depends on what they may see alone.
 */

/** A row the caller may see: `item` when it matches the list's filter, and the position just after it. */
export interface VisibleRow<T, P> {
  item?: T;
  position: P;
}

/** One read: its visible rows, and where to read on (undefined at the end of the list). */
export interface RowRead<T, P> {
  rows: VisibleRow<T, P>[];
  next?: P;
}

export interface VisiblePageOptions<T, P> {
  limit: number;
  start?: P;
  scanLimit?: number;
  /** `round` counts the reads of this page from 0, so a reader can widen later reads. */
  read(start: P | undefined, round: number): Promise<RowRead<T, P>>;
}

/**
 * @example
 *   const page = await visiblePage({ limit: 25, start, read: (from) => readRows(from) });
 *   // page.next is the position of the page's last visible row, or undefined at the end.
 */
export async function visiblePage<T, P>(options: VisiblePageOptions<T, P>): Promise<{ items: T[]; next?: P }> {
  const { limit, scanLimit = Number.POSITIVE_INFINITY } = options;
  const items: T[] = [];
  let seen = 0;
  let from = options.start;
  for (let round = 0; ; round++) {
    const read = await options.read(from, round);
    for (const [index, row] of read.rows.entries()) {
      seen++;
      if (row.item !== undefined) items.push(row.item);
      if (items.length === limit || seen === scanLimit) {
        const more = index < read.rows.length - 1 || read.next !== undefined;
        return more ? { items, next: row.position } : { items };
      }
    }
    if (read.next === undefined) return { items };
    from = read.next;
  }
}
