import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { NOTIFICATION_KINDS, LOCKED_NOTIFICATION_KINDS, DEFAULT_NOTIFICATION_DELIVERY, NOTIFICATION_KIND_LABELS } from '@jangkau/shared-domain';
import type { AnswerOf, NotificationDelivery } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { NotificationPreferencesQuery, SetNotificationPreferencesMutation } from '../graphql/notifications';
import { NotificationSettingsPage } from './NotificationSettingsPage';
import { renderSignedIn } from './testing';

function preferences(over: Partial<Record<string, NotificationDelivery>> = {}) {
  return NOTIFICATION_KINDS.map((kind) => ({
    __typename: 'NotificationPreference',
    kind,
    delivery: over[kind] ?? DEFAULT_NOTIFICATION_DELIVERY[kind],
    locked: LOCKED_NOTIFICATION_KINDS.includes(kind),
    isDefault: over[kind] === undefined,
    label: NOTIFICATION_KIND_LABELS[kind].id,
  }));
}

const loaded = { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: preferences() } satisfies AnswerOf<typeof NotificationPreferencesQuery> } };
const group = (label: string) => screen.getByRole('group', { name: new RegExp(`^${label}`) });

describe('NotificationSettingsPage: how each kind comes by e-mail', () => {
  beforeAll(() => initI18n('id'));

  it('says the bell keeps everything, and shows returned activities fixed at "Segera" with the reason', async () => {
    renderSignedIn(<NotificationSettingsPage />, [loaded]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' })).toBeTruthy();
    expect(screen.getByText(/Lonceng di Jangkau selalu menyimpan setiap pemberitahuan/)).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(NOTIFICATION_KINDS.length);

    const returned = group('Kegiatan dikembalikan');
    const choices = within(returned).getAllByRole('radio') as HTMLInputElement[];
    expect(choices.map((c) => c.disabled)).toEqual([true, true, true]);
    expect((within(returned).getByRole('radio', { name: 'Segera' }) as HTMLInputElement).checked).toBe(true);
    expect(returned.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(returned.getAttribute('aria-describedby')!)!.textContent).toBe('Selalu dikirim segera: kegiatan yang dikembalikan tidak dapat dimatikan.');

    // A kind that may change: enabled, on its default.
    const verified = group('Kegiatan diverifikasi');
    expect((within(verified).getByRole('radio', { name: 'Ringkasan harian (07.00)' }) as HTMLInputElement).checked).toBe(true);
    expect((within(verified).getByRole('radio', { name: 'Tidak dikirim lewat surel' }) as HTMLInputElement).disabled).toBe(false);
  });

  it('sends only what changed, and says it was saved', async () => {
    const saved = preferences({ ACTIVITY_VERIFIED: 'OFF', INVITATION_RECEIVED: 'DAILY_DIGEST' });
    renderSignedIn(<NotificationSettingsPage />, [
      loaded,
      {
        request: {
          query: SetNotificationPreferencesMutation,
          variables: {
            preferences: [
              { kind: 'ACTIVITY_VERIFIED', delivery: 'OFF' },
              { kind: 'INVITATION_RECEIVED', delivery: 'DAILY_DIGEST' },
            ],
          },
        },
        result: { data: { setNotificationPreferences: saved } satisfies AnswerOf<typeof SetNotificationPreferencesMutation> },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' });
    fireEvent.click(within(group('Kegiatan diverifikasi')).getByRole('radio', { name: 'Tidak dikirim lewat surel' }));
    fireEvent.click(within(group('Undangan penyelenggara bersama')).getByRole('radio', { name: 'Ringkasan harian (07.00)' }));
    // Chosen and then put back: not a change.
    fireEvent.click(within(group('Tindak lanjut ditugaskan')).getByRole('radio', { name: 'Tidak dikirim lewat surel' }));
    fireEvent.click(within(group('Tindak lanjut ditugaskan')).getByRole('radio', { name: 'Segera' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Pengaturan pemberitahuan tersimpan.');
    expect((within(group('Kegiatan diverifikasi')).getByRole('radio', { name: 'Tidak dikirim lewat surel' }) as HTMLInputElement).checked).toBe(true);
    expect(within(group('Kegiatan diverifikasi')).queryByText(/pilihan bawaan/)).toBeNull();
  });

  it('says so when nothing changed, without sending anything', async () => {
    renderSignedIn(<NotificationSettingsPage />, [loaded]);
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Tidak ada perubahan untuk disimpan.');
  });

  it("shows the server's refusal in Indonesian", async () => {
    const message = 'Pemberitahuan kegiatan yang dikembalikan atau dibuka kembali selalu dikirim segera dan tidak dapat dimatikan.';
    renderSignedIn(<NotificationSettingsPage />, [
      loaded,
      {
        request: { query: SetNotificationPreferencesMutation, variables: { preferences: [{ kind: 'TARGET_BEHIND', delivery: 'OFF' }] } },
        result: { errors: [new GraphQLError(message, { extensions: { reason: 'NOTIFICATION_ALWAYS_IMMEDIATE' } })] },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' });
    fireEvent.click(within(group('Target tertinggal')).getByRole('radio', { name: 'Tidak dikirim lewat surel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});
