import { NotificationKind } from '@jangkau/shared-domain';
import { digestMail, immediateMail } from '../../common/mail-content';
import { retryDelaySeconds, smtpOptions } from './mail-worker';

describe('notification e-mail', () => {
  const hostile = { kind: NotificationKind.ACTIVITY_SUBMITTED, params: { subject: '<img src=x onerror=alert(1)> & "kutip"', actor: 'Petugas' }, path: '/kegiatan/abc' };

  it('escapes what people typed in the HTML body, keeps it as typed in the text body', () => {
    const mail = immediateMail(hostile, 'https://jangkau.example.go.id');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;kutip&quot;');
    expect(mail.text).toContain('<img src=x onerror=alert(1)> & "kutip"');
    expect(mail.text).toContain('Buka: https://jangkau.example.go.id/kegiatan/abc');
  });

  it('groups a digest by kind, one link per entry', () => {
    const other = { kind: NotificationKind.ACTIVITY_VERIFIED, params: { subject: 'Penyuluhan', actor: 'Kepala' }, path: '/kegiatan/def' };
    const mail = digestMail([hostile, other, { ...other, path: '/kegiatan/ghi' }], '2026-12-05', 'https://j.example');
    expect(mail.subject).toBe('[Jangkau] Ringkasan harian 2026-12-05: 3 pemberitahuan');
    expect(mail.text).toContain('Kegiatan diverifikasi (Activity verified): 2');
    expect(mail.text).toContain('https://j.example/kegiatan/ghi');
    expect(mail.html.match(/<li>/g)).toHaveLength(3);
  });

  it('backs off 30 s doubling to every 10 minutes; reads SMTP URLs with their secrets decoded', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 600, 600]);
    expect(smtpOptions('smtps://jangkau%40dinas:p%40ss@mail.example.go.id')).toMatchObject({
      host: 'mail.example.go.id',
      port: 465,
      secure: true,
      auth: { user: 'jangkau@dinas', pass: 'p@ss' },
    });
    expect(smtpOptions('smtp://127.0.0.1:2525')).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false, auth: undefined });
  });
});
