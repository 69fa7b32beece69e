import { formatWhen, instantAt, wallClock } from './time';

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
});
