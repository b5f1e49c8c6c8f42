import { describe, expect, it } from 'vitest';
import { visiblePage, type RowRead } from './visible-page.ts';

/** A list of rows, `h…` hidden, `x…` visible but not matching, others matching; read `size` rows at a time like a store. */
function store(rows: string[], size: number) {
  const reads: number[] = [];
  const read = async (from: number | undefined): Promise<RowRead<string, number>> => {
    const start = from === undefined ? 0 : from + 1;
    reads.push(start);
    const end = Math.min(rows.length, start + size);
    const visible = rows.slice(start, end).flatMap((r, i) => (r.startsWith('h') ? [] : [{ item: r.startsWith('x') ? undefined : r, position: start + i }]));
    return { rows: visible, ...(end < rows.length ? { next: end - 1 } : {}) };
  };
  return { read, reads };
}

async function all(rows: string[], limit: number, scanLimit?: number) {
  const s = store(rows, 3);
  const pages: string[][] = [];
  const ends: number[] = [];
  let start: number | undefined;
  for (;;) {
    const page = await visiblePage({ limit, start, read: s.read, ...(scanLimit ? { scanLimit } : {}) });
    pages.push(page.items);
    if (page.next === undefined) return { pages, ends };
    ends.push(page.next);
    start = page.next;
  }
}

describe('pages that end on the last visible row', () => {
  const rows = ['h1', 'h2', 'h3', 'h4', 'a', 'h5', 'b', 'h6', 'h7', 'h8', 'c', 'h9'];

  it('read past hidden rows, end every page on a visible one, and return each item once', async () => {
    const { pages, ends } = await all(rows, 1);
    expect(pages.flat()).toEqual(['a', 'b', 'c']);
    expect(ends.every((i) => !rows[i]!.startsWith('h'))).toBe(true);
  });

  it('give the same pages whatever the hidden rows', async () => {
    const visibleOnly = rows.filter((r) => !r.startsWith('h'));
    for (const limit of [1, 2, 5]) expect((await all(rows, limit)).pages).toEqual((await all(visibleOnly, limit)).pages);
  });

  it('stop after scanLimit visible rows that do not match, ending on the last of them', async () => {
    const { pages, ends } = await all(['x1', 'h1', 'x2', 'x3', 'a'], 5, 2);
    expect(pages).toEqual([[], ['a']]);
    expect(ends).toEqual([2]);
  });
});
