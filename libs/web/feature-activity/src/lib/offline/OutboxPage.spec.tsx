import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { initI18n } from '@jangkau/web-i18n';
import type { OutboxItem } from './offlineDb';
import { OfflineContext, type OfflineApi } from './OfflineProvider';
import { OutboxIndicator, OutboxPage } from './OutboxPage';

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: over.id ?? 'i1',
  userId: 'u1',
  seq: 1,
  kind: 'create',
  activityId: 'a1',
  title: 'Sosialisasi di Pulau Rengas',
  queuedAt: '2026-12-05T02:00:00Z',
  state: 'waiting',
  attempts: 0,
  ...over,
});

function renderWith(api: Partial<OfflineApi>, ui = <OutboxPage />) {
  const value: OfflineApi = {
    userId: 'u1',
    items: [],
    sending: false,
    lastRun: null,
    reference: null,
    online: true,
    sendNow: jest.fn(async () => null),
    enqueue: jest.fn(),
    discard: jest.fn(async () => undefined),
    ...api,
  };
  render(
    <OfflineContext.Provider value={value}>
      <MemoryRouter>{ui}</MemoryRouter>
    </OfflineContext.Provider>,
  );
  return value;
}

describe('the queue on this device', () => {
  beforeAll(() => initI18n('id'));

  it('shows a conflict in the server’s words with what to do, holds what waits behind it, and drops it only when confirmed', () => {
    const conflict = item({ id: 'u', kind: 'update', activityId: 'old', title: 'Rapat koordinasi', state: 'conflict', message: 'Kegiatan ini telah diubah orang lain.' });
    const behind = item({ id: 's', kind: 'submit', activityId: 'old', title: 'Rapat koordinasi', seq: 2 });
    const api = renderWith({ items: [conflict, behind] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kegiatan ini telah diubah orang lain.');
    expect(alert.textContent).toContain('Perubahan dari perangkat ini tidak menimpa milik orang lain.');
    expect(within(alert).getByRole('link', { name: 'Buka kegiatan' }).getAttribute('href')).toBe('/kegiatan/old');
    expect(screen.getByText(/Menunggu yang di atasnya diselesaikan/)).toBeTruthy();
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Buang dari antrean' }));
    expect(api.discard).not.toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Buang dari antrean' }));
    expect(api.discard).toHaveBeenCalledWith(conflict);
    confirm.mockRestore();
  });

  it('says the device is offline and cannot send now; online, "Kirim sekarang" sends', () => {
    renderWith({ items: [item({})], online: false });
    expect(screen.getByText(/Perangkat ini sedang luring/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kirim sekarang' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends when asked, and says so when nothing waits', () => {
    const api = renderWith({ items: [item({}), item({ id: 'f', kind: 'evidence', fileName: 'daftar-hadir.pdf', seq: 2 })] });
    expect(screen.getByText('Berkas daftar-hadir.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kirim sekarang' }));
    expect(api.sendNow).toHaveBeenCalled();
  });

  it('shows in the header how many wait, or how many need the person, and nothing when empty', () => {
    renderWith({ items: [item({}), item({ id: 'b', seq: 2 })] }, <OutboxIndicator />);
    expect(screen.getByRole('link').textContent).toContain('2 menunggu dikirim');
  });

  it('has a plain empty state', () => {
    renderWith({ items: [] });
    expect(screen.getByText(/Tidak ada yang menunggu/)).toBeTruthy();
  });
});
