import { formatClock, formatInstant, formatWallClock, formatWhen, instantAt, wallClock } from './time';

describe('venue time', () => {
  it('reads a wall-clock time in the venue zone as the right instant', () => {
    expect(instantAt('2025-06-16', '09:00', 'WIB')).toBe('2025-06-16T02:00:00.000Z');
    expect(instantAt('2025-06-16', '09:00', 'WITA')).toBe('2025-06-16T01:00:00.000Z');
    expect(instantAt('2025-06-16', '09:00', 'WIT')).toBe('2025-06-16T00:00:00.000Z');
    expect(instantAt('2025-06-16', '9:00', 'WIB')).toBeNull();
  });

  it('shows an instant back in the venue zone, across midnight UTC', () => {
    expect(wallClock('2025-06-15T23:30:00.000Z', 'WIT')).toEqual({ date: '2025-06-16', time: '08:30' });
    expect(formatWhen('2025-06-16T02:00:00Z', '2025-06-16T05:00:00Z', 'WIB', 'id')).toBe('Senin, 16 Juni 2025 · 09.00–12.00 WIB');
  });

  it('reads a moment like "Senin, 2 Juni 2025, 09.00 WIB", in the zone given, WIB when none is known', () => {
    expect(formatInstant('2025-06-02T02:00:00Z', 'WIB', 'id')).toBe('Senin, 2 Juni 2025, 09.00 WIB');
    expect(formatInstant('2025-06-02T02:00:00Z', 'WIT', 'id')).toBe('Senin, 2 Juni 2025, 11.00 WIT');
    expect(formatInstant('2025-06-02T02:00:00Z', null, 'id')).toBe('Senin, 2 Juni 2025, 09.00 WIB');
    expect(formatInstant('2025-06-02T02:00:00Z', 'WIB', 'en')).toBe('Monday, 2 June 2025, 09:00 WIB');
  });

  it('reads back what was typed at the venue, and nothing while it is incomplete', () => {
    expect(formatWallClock('2025-06-02', '09:00', 'WITA', 'id')).toBe('Senin, 2 Juni 2025, 09.00 WITA');
    expect(formatWallClock('2025-06-02', '23:30', 'WIB', 'id')).toBe('Senin, 2 Juni 2025, 23.30 WIB');
    expect(formatWallClock('', '09:00', 'WIB', 'id')).toBeNull();
    expect(formatClock('2025-06-02T02:05:00Z', 'WITA', 'id')).toBe('10.05 WITA');
  });
});
