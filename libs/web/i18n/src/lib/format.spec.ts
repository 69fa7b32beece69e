import { formatAgo, formatDateTimeWib, formatTimeInPersonZone } from './format';
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
