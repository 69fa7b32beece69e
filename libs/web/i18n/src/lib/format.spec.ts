import { formatAgo, formatDateRange, formatDateTimeWib, formatPercent, formatTimeInPersonZone } from './format';
import { initI18n, setLanguage } from './i18n';

describe('formatDateTimeWib and formatAgo', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => setLanguage('id'));
  const now = new Date('2026-12-05T07:05:00Z');

  it('writes an instant in WIB whatever the browser zone', () => {
    expect(formatDateTimeWib('2026-12-04T17:30:00Z')).toBe('5 Des 2026, 00.30 WIB');
  });

  it('says how long ago in Indonesian, then the date after a week', () => {
    expect(formatAgo('2026-12-05T07:04:30Z', now, 'baru saja')).toBe('baru saja');
    expect(formatAgo('2026-12-05T07:00:00Z', now, 'baru saja')).toBe('5 menit yang lalu');
    expect(formatAgo('2026-12-05T04:05:00Z', now, 'baru saja')).toBe('3 jam yang lalu');
    expect(formatAgo('2026-12-04T07:05:00Z', now, 'baru saja')).toBe('kemarin');
    expect(formatAgo('2026-11-20T07:05:00Z', now, 'baru saja')).toBe('20 Nov 2026, 14.05 WIB');
  });

  it('and in English', async () => {
    await setLanguage('en');
    expect(formatAgo('2026-12-05T06:05:00Z', now, 'just now')).toBe('1 hour ago');
    expect(formatDateTimeWib('2026-12-05T07:05:00Z')).toBe('5 Dec 2026, 14:05 WIB');
  });
});

describe('formatTimeInPersonZone', () => {
  beforeAll(() => initI18n('id'));
  const instant = '2026-12-05T07:05:00Z';

  it('writes the time in WIB by default, in WITA or WIT when the device is in those zones', () => {
    expect(formatTimeInPersonZone(instant, 'Asia/Jakarta')).toEqual({ time: '14.05', zone: 'WIB' });
    expect(formatTimeInPersonZone(instant, 'Europe/Amsterdam')).toEqual({ time: '14.05', zone: 'WIB' });
    expect(formatTimeInPersonZone(instant, 'Asia/Makassar')).toEqual({ time: '15.05', zone: 'WITA' });
    expect(formatTimeInPersonZone(instant, 'Asia/Jayapura')).toEqual({ time: '16.05', zone: 'WIT' });
  });
});

describe('formatPercent: a share that moves is never shown as nothing or everything', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => setLanguage('id'));

  it('writes ordinary shares with one decimal, as before', () => {
    expect(formatPercent(0.456)).toBe('45,6\u00a0%');
    expect(formatPercent(0.028021015761821366)).toBe('2,8\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatPercent(0)).toBe('0\u00a0%');
    expect(formatPercent(0.5, 0)).toBe('50\u00a0%');
  });

  it('keeps two decimals under 1 %: 19 of 83.762 villages is 0,02 %, not 0 %', () => {
    expect(formatPercent(19 / 83_762)).toBe('0,02\u00a0%');
    expect(formatPercent(400 / 83_762)).toBe('0,48\u00a0%');
    expect(formatPercent(0.0099)).toBe('0,99\u00a0%');
    // Even where the caller asked for whole percents (a target's progress).
    expect(formatPercent(0.004, 0)).toBe('0,4\u00a0%');
  });

  it('keeps two significant digits below 0,01 %: one village of the country moves the figure', () => {
    expect(formatPercent(1 / 83_762)).toBe('0,0012\u00a0%');
    expect(formatPercent(5 / 83_762)).toBe('0,006\u00a0%');
  });

  it('cuts rather than rounds up to 100 % when something is still missing', () => {
    expect(formatPercent(83_761 / 83_762)).toBe('99,9\u00a0%');
    expect(formatPercent(0.996, 0)).toBe('99,6\u00a0%');
    expect(formatPercent(0.9949, 0)).toBe('99\u00a0%');
  });

  it('and in English', async () => {
    await setLanguage('en');
    expect(formatPercent(19 / 83_762)).toBe('0.02%');
    expect(formatPercent(0.456)).toBe('45.6%');
  });
});

describe('formatDateRange', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => setLanguage('id'));

  it('writes the year once when both ends share it', async () => {
    expect(formatDateRange('2026-01-01', '2026-03-15')).toBe('1 Jan\u00a0– 15 Mar 2026');
    expect(formatDateRange('2025-12-01', '2026-01-15')).toBe('1 Des 2025\u00a0– 15 Jan 2026');
    expect(formatDateRange('2026-03-15', '2026-03-15')).toBe('15 Mar 2026');
    await setLanguage('en');
    expect(formatDateRange('2026-01-01', '2026-03-15')).toBe('1 Jan\u00a0– 15 Mar 2026');
  });
});
