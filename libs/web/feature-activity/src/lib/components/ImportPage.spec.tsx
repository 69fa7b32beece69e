import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { FakeJobXhr, SessionProvider, signedInStore } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ImportPage } from './ImportPage';

const problem = (row: number, column: string, message: string) => ({ row, column, code: 'INVALID', message });
const report = (over: Record<string, unknown> = {}) => ({
  dryRun: true,
  committed: false,
  rows: 3,
  valid: 3,
  invalid: 0,
  alreadyImported: 0,
  created: 0,
  errorCount: 0,
  warningCount: 0,
  errors: [],
  warnings: [],
  preview: [
    {
      row: 2,
      title: 'Sosialisasi TPPO di Pulau Rengas',
      date: '2025-03-04',
      startTime: '09:00',
      endTime: '11:00',
      timeZone: 'WIB',
      venueName: 'Balai Desa Pulau Rengas',
      villageCount: 1,
      participants: { male: 20, female: 25 },
    },
  ],
  message: 'Semua baris siap diimpor.',
  ...over,
});
const reportLine = (value: object) => ({ type: 'report', status: 200, report: value });

function renderPage() {
  const store = signedInStore({ username: 'petugas.kerinci', fullName: 'Petugas', role: 'OFFICER' });
  return render(
    <MockedProvider mocks={[]}>
      <SessionProvider store={store} language={() => 'id'}>
        <MemoryRouter>
          <ImportPage />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

function check() {
  fireEvent.change(screen.getByLabelText(/Pilih berkas yang sudah diisi/), { target: { files: [new File(['x'], 'kegiatan.xlsx')] } });
  fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
  return FakeJobXhr.last();
}

describe('ImportPage', () => {
  FakeJobXhr.useInThisFile();
  beforeAll(() => {
    initI18n('id');
  });

  it('checks the file with progress, then lists every bad row and offers no import', async () => {
    renderPage();
    expect((screen.getByRole('button', { name: 'Periksa berkas' }) as HTMLButtonElement).disabled).toBe(true);
    const request = check();
    expect(request.path).toBe('/api/activities/import?dryRun=true');
    expect((request.body?.get('file') as File).name).toBe('kegiatan.xlsx');
    act(() => request.stream({ type: 'progress', phase: 'validate', done: 2, total: 5 }));
    expect(screen.getByText(/Memeriksa baris 2 dari 5/)).toBeTruthy();
    const errors = [problem(3, 'jam_selesai', 'Jam selesai harus setelah jam mulai.'), problem(4, 'tanggal', 'Tanggal wajib diisi.')];
    act(() => request.finish(reportLine(report({ valid: 1, invalid: 2, errorCount: 40, errors, message: 'Perbaiki 2 baris, lalu periksa lagi.' }))));
    const region = await screen.findByRole('region', { name: 'Laporan pemeriksaan berkas' });
    expect(within(region).getByRole('status').className).toBe('returned-banner');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3 baris', '1 siap diimpor', '2 bermasalah']);
    const table = within(region).getByRole('table', { name: 'Kesalahan (40)' });
    expect(table.classList.contains('import-problems')).toBe(true);
    expect(within(table).getByRole('row', { name: /3 jam_selesai Jam selesai harus setelah jam mulai\./ })).toBeTruthy();
    expect(within(region).getByText('2 dari 40 ditampilkan; perbaiki lalu periksa lagi.')).toBeTruthy();
    expect(within(region).queryByRole('table', { name: /Peringatan/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Impor \d/ })).toBeNull();
  });

  it('previews a clean file, imports all rows at once and links to what waits for verification', async () => {
    renderPage();
    act(() => check().finish(reportLine(report({ warningCount: 1, warnings: [problem(2, 'peserta', 'Jumlah peserta besar.')] }))));
    const region = await screen.findByRole('region', { name: 'Laporan pemeriksaan berkas' });
    expect(within(region).getByRole('status').className).toBe('notice');
    expect(within(region).getByRole('table', { name: 'Peringatan (1)' })).toBeTruthy();
    expect(within(region).getByRole('heading', { name: 'Pratinjau' })).toBeTruthy();
    expect(within(region).getByRole('row', { name: /Sosialisasi TPPO di Pulau Rengas/ }).textContent).toContain('45');
    fireEvent.click(within(region).getByRole('button', { name: 'Impor 3 kegiatan' }));
    const commit = FakeJobXhr.last();
    expect(commit.path).toBe('/api/activities/import?dryRun=false');
    act(() => commit.finish(reportLine(report({ dryRun: false, committed: true, created: 3, message: '3 kegiatan diimpor dan menunggu verifikasi.' }))));
    expect(await screen.findByRole('link', { name: 'Lihat kegiatan yang menunggu verifikasi' })).toBeTruthy();
    expect(screen.getByText('3 kegiatan diimpor')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Pratinjau' })).toBeNull();
  });

  it("shows the server's refusal of the file, and forgets the report when another file is chosen", async () => {
    renderPage();
    act(() => check().finish(reportLine(report())));
    await screen.findByRole('region', { name: 'Laporan pemeriksaan berkas' });
    act(() => check().answer(413, JSON.stringify({ message: 'Berkas lebih dari 5 MB.' })));
    expect((await screen.findByRole('alert')).textContent).toBe('Berkas lebih dari 5 MB.');
    expect(screen.queryByRole('region', { name: 'Laporan pemeriksaan berkas' })).toBeNull();
  });
});
