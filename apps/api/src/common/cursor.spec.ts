import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  const id = '3f0c7a52-8a5e-4f0b-9a51-2d8c1e7b9a10';

  it('give back the sort value and id they carry, microseconds kept', () => {
    const at = '2026-03-14 09:30:00.123456+07';
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
  });

  it('refuse what no list made: garbage, another shape, an id that is no UUID', () => {
    expect(decodeCursor('not a cursor')).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ at: '2026-03-14', id })).toString('base64url'))).toBeNull();
    expect(decodeCursor(encodeCursor('2026-03-14 09:30:00+07', 'x'))).toBeNull();
    expect(decodeCursor(encodeCursor("2026-03-14'; DROP TABLE activities", id))).toBeNull();
  });
});
