import { frameworkInForce, frameworkOverlaps, frameworksInForce, frameworksOverlapping, isFrameworkInForce } from './programme';

const akselerasi = { name: '13 Program Akselerasi', validFrom: '2024-01-01', validTo: '2025-12-31' };
const aksi = { name: '15 Program Aksi', validFrom: '2027-01-01', validTo: '2027-12-31' };
const all = [akselerasi, aksi];

describe('the framework in force on a date', () => {
  it('is in force from its first to its last day, both included', () => {
    expect(isFrameworkInForce(akselerasi, '2024-01-01')).toBe(true);
    expect(isFrameworkInForce(akselerasi, '2025-06-16')).toBe(true);
    expect(isFrameworkInForce(akselerasi, '2025-12-31')).toBe(true);
    expect(isFrameworkInForce(akselerasi, '2023-12-31')).toBe(false);
    expect(isFrameworkInForce(akselerasi, '2026-01-01')).toBe(false);
  });

  it('is never in force on something that is not a date', () => {
    for (const bad of ['', '2025-6-16', '2025-02-30', '16/06/2025', '2025']) expect(isFrameworkInForce(akselerasi, bad)).toBe(false);
  });

  it('picks the framework of the date, and none in a gap between frameworks', () => {
    expect(frameworkInForce(all, '2025-06-16')).toBe(akselerasi);
    expect(frameworkInForce(all, '2027-03-01')).toBe(aksi);
    expect(frameworkInForce(all, '2026-12-04')).toBeNull();
    expect(frameworksInForce(all, '2026-12-04')).toEqual([]);
    expect(frameworkInForce([], '2025-06-16')).toBeNull();
  });

  it('lists every framework in force when validities overlap, the newest first', () => {
    const bridge = { name: 'Peralihan', validFrom: '2025-07-01', validTo: '2026-06-30' };
    expect(frameworksInForce([akselerasi, bridge], '2025-09-01')).toEqual([bridge, akselerasi]);
    expect(frameworkInForce([akselerasi, bridge], '2025-09-01')).toBe(bridge);
    expect(frameworksInForce([akselerasi, bridge], '2026-03-01')).toEqual([bridge]);
  });
});

describe('the frameworks overlapping a period', () => {
  it('counts a single shared day at either end', () => {
    expect(frameworkOverlaps(akselerasi, '2025-12-31', '2026-03-31')).toBe(true);
    expect(frameworkOverlaps(akselerasi, '2023-10-01', '2024-01-01')).toBe(true);
    expect(frameworkOverlaps(akselerasi, '2026-01-01', '2026-12-31')).toBe(false);
    expect(frameworkOverlaps(akselerasi, '2023-01-01', '2023-12-31')).toBe(false);
  });

  it('covers a period wider than the framework, and refuses a reversed or unreadable one', () => {
    expect(frameworkOverlaps(akselerasi, '2020-01-01', '2030-12-31')).toBe(true);
    expect(frameworkOverlaps(akselerasi, '2025-06-30', '2025-06-01')).toBe(false);
    expect(frameworkOverlaps(akselerasi, '', '2025-06-01')).toBe(false);
    expect(frameworkOverlaps(akselerasi, '2025-06-01', 'kustom')).toBe(false);
  });

  it('lists the frameworks of a period, newest first, and none for a year with no framework', () => {
    expect(frameworksOverlapping(all, '2025-01-01', '2025-12-31')).toEqual([akselerasi]);
    expect(frameworksOverlapping(all, '2025-10-01', '2027-03-31')).toEqual([aksi, akselerasi]);
    expect(frameworksOverlapping(all, '2026-10-01', '2026-12-31')).toEqual([]);
  });
});
