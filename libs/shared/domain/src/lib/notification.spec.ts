import { DEFAULT_NOTIFICATION_DELIVERY, effectiveDelivery, NOTIFICATION_KINDS, NotificationDelivery, NotificationKind, notificationTitle } from './notification';

describe('notifications', () => {
  const params = {
    subject: 'Sosialisasi TPPO',
    actor: 'Petugas',
    agency: 'Desa Pulau Rengas',
    reason: 'Daftar hadir kurang',
    answer: 'ACCEPTED' as const,
    dueOn: '2026-12-08',
    indicator: 'VILLAGES_REACHED',
    achieved: 12,
    target: 100,
    expected: 90,
    period: '2026',
  };

  it('words every kind in both languages, with nothing left unfilled', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const lang of ['id', 'en'] as const) {
        const title = notificationTitle(kind, params, lang);
        expect(title).not.toMatch(/undefined|null|NaN/);
        expect(title.length).toBeGreaterThan(10);
      }
      expect(notificationTitle(kind, params, 'id')).not.toBe(notificationTitle(kind, params, 'en'));
    }
    expect(notificationTitle(NotificationKind.ACTIVITY_RETURNED, params, 'id')).toBe('Dikembalikan: “Sosialisasi TPPO”. Alasan: Daftar hadir kurang');
    expect(notificationTitle(NotificationKind.INVITATION_ANSWERED, { ...params, answer: 'DECLINED' }, 'en')).toBe('Desa Pulau Rengas declined the invitation to “Sosialisasi TPPO”');
  });

  it('keeps returns and reopenings immediate whatever is chosen; otherwise the choice, else the default', () => {
    expect(effectiveDelivery(NotificationKind.ACTIVITY_RETURNED, NotificationDelivery.OFF)).toBe(NotificationDelivery.IMMEDIATE);
    expect(effectiveDelivery(NotificationKind.ACTIVITY_REOPENED, NotificationDelivery.DAILY_DIGEST)).toBe(NotificationDelivery.IMMEDIATE);
    expect(effectiveDelivery(NotificationKind.ACTIVITY_VERIFIED, NotificationDelivery.OFF)).toBe(NotificationDelivery.OFF);
    expect(effectiveDelivery(NotificationKind.ACTIVITY_VERIFIED, null)).toBe(DEFAULT_NOTIFICATION_DELIVERY.ACTIVITY_VERIFIED);
  });
});
