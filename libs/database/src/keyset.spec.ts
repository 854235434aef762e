import { decodeCursor, encodeCursor, pageOf, pageSize } from './keyset';

describe('keyset pages', () => {
  const cursorOf = (n: number) => encodeCursor([n, `id-${n}`]);

  it('keeps `limit` rows and reads the extra one as “there is a next page”', () => {
    const page = pageOf([1, 2, 3], 2, 7, cursorOf);
    expect(page.rows).toEqual([1, 2]);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(decodeCursor(page.cursorOf(2), 2)).toEqual([2, 'id-2']);
  });

  it('has no next page when the rows fit', () => {
    expect(pageOf([1, 2], 2, 2, cursorOf)).toMatchObject({ rows: [1, 2], hasNextPage: false });
    expect(pageOf([], 0, 0, cursorOf)).toMatchObject({ rows: [], hasNextPage: false });
  });

  it('refuses page sizes outside 0–100 and cursors of another shape', () => {
    expect(() => pageSize(101, 20)).toThrow('must be between 0 and 100');
    expect(pageSize(undefined, 20)).toBe(20);
    expect(() => decodeCursor(encodeCursor([1]), 2)).toThrow('is not a cursor from this list');
  });
});
