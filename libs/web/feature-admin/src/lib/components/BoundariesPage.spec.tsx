import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FakeJobXhr, SessionProvider, signedInStore, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { BoundarySetsQuery } from '../graphql/boundaries';
import { BoundariesPage, importable, type BoundaryImportReport } from './BoundariesPage';

const kabupaten: AnswerOf<typeof BoundarySetsQuery>['boundarySets'][number] = {
  __typename: 'BoundarySet',
  id: 'b0000000-0000-4000-8000-000000000002',
  level: 2,
  source: 'BIG, Batas Wilayah Administrasi 2023',
  licence: 'CC BY 4.0',
  fileName: 'kabupaten.topojson.gz',
  featureCount: 514,
  regionCount: 514,
  missingCount: 0,
  importedAt: '2025-07-01T03:00:00.000Z',
};
const sets = (boundarySets: (typeof kabupaten)[]): MockLink.MockedResponse => ({
  request: { query: BoundarySetsQuery },
  result: { data: { boundarySets } satisfies AnswerOf<typeof BoundarySetsQuery> },
});

const report = (over: Partial<BoundaryImportReport> = {}): BoundaryImportReport => ({
  dryRun: true,
  committed: false,
  level: 3,
  features: 144,
  matched: 144,
  regions: 144,
  unmatched: [],
  wrongLevel: [],
  invalid: [],
  fileProblems: [],
  warnings: [],
  missing: [],
  counts: { unmatched: 0, wrongLevel: 0, invalid: 0, repaired: 0, warnings: 0, missing: 0 },
  message: '144 fitur siap diimpor.',
  ...over,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  const store = signedInStore({ username: 'admin', fullName: 'Admin', role: 'ADMIN', agency: null });
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider store={store} language={() => 'id'}>
        <BoundariesPage />
      </SessionProvider>
    </MockedProvider>,
  );
}

const chooseFile = (name = 'kecamatan.geojson') => fireEvent.change(screen.getByLabelText('Berkas GeoJSON/TopoJSON'), { target: { files: [new File(['{}'], name)] } });
const lastRequest = () => FakeJobXhr.last();

describe('BoundariesPage', () => {
  FakeJobXhr.useInThisFile();
  beforeAll(() => {
    initI18n('id');
  });

  it('shows the set in use for each level, and the levels without one', async () => {
    renderPage([sets([kabupaten])]);
    const row = (await screen.findByText('kabupaten.topojson.gz')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('rowheader').textContent).toBe('Kabupaten/kota');
    expect(within(row).getByText('514')).toBeTruthy();
    expect(within(row).getByText('BIG, Batas Wilayah Administrasi 2023')).toBeTruthy();
    expect(screen.getAllByText('Belum ada batas untuk tingkat ini.')).toHaveLength(3);
  });

  it('checks a file with progress, and lists what blocks its import', async () => {
    renderPage([sets([])]);
    const check = screen.getByRole('button', { name: 'Periksa berkas' }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    chooseFile();
    fireEvent.change(screen.getByLabelText('Nama properti kode wilayah'), { target: { value: 'kode' } });
    fireEvent.click(check);
    const request = lastRequest();
    expect(request.path).toBe('/api/boundaries/import?dryRun=true');
    expect(request.body?.get('codeProperty')).toBe('kode');
    act(() => request.stream({ type: 'progress', phase: 'validate', done: 40, total: 144 }));
    expect((await screen.findByText(/Memeriksa fitur/)).textContent).toContain('(40 / 144)');
    const refused = report({
      matched: 143,
      unmatched: [{ feature: 17, code: '15.02.99', message: 'Kode 15.02.99 tidak ada dalam daftar wilayah.' }],
      counts: { unmatched: 1, wrongLevel: 0, invalid: 0, repaired: 0, warnings: 0, missing: 0 },
      message: 'Belum ada yang disimpan: 1 fitur bermasalah.',
    });
    act(() => request.finish({ type: 'report', status: 200, report: refused }));
    const region = await screen.findByRole('region', { name: 'Laporan impor' });
    expect(within(region).getByRole('status').textContent).toBe('Belum ada yang disimpan: 1 fitur bermasalah.');
    const problems = within(region).getByRole('table', { name: 'Masalah yang harus diperbaiki' });
    expect(within(problems).getByRole('row', { name: /17 15\.02\.99 Kode 15\.02\.99 tidak ada/ })).toBeTruthy();
    const counts = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(counts).toEqual(expect.arrayContaining(['Fitur dalam berkas: 144', 'Cocok dengan daftar wilayah: 143', 'Kode tidak dikenal: 1']));
    expect((screen.getByRole('button', { name: 'Impor dan pakai' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('imports a clean file only with a licence, then shows the new set', async () => {
    renderPage([sets([]), sets([{ ...kabupaten, level: 3, fileName: 'kecamatan.geojson' }])]);
    // The sets in use have loaded (as for a person who reads the page first): else the first answer, still on its
    // way, could land after the refetch's and put the empty list back.
    expect(await screen.findAllByText('Belum ada batas untuk tingkat ini.')).toHaveLength(4);
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
    act(() => lastRequest().finish({ type: 'report', status: 200, report: report() }));
    expect((await screen.findByRole('region', { name: 'Laporan impor' })).textContent).toContain('144 fitur siap diimpor.');
    expect(screen.getByText('Isi teks lisensi data sebelum mengimpor.')).toBeTruthy();
    const importButton = screen.getByRole('button', { name: 'Impor dan pakai' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Teks lisensi (wajib untuk impor)'), { target: { value: 'CC BY 4.0' } });
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);
    const request = lastRequest();
    expect(request.path).toBe('/api/boundaries/import?dryRun=false');
    expect(request.body?.get('licence')).toBe('CC BY 4.0');
    act(() => request.finish({ type: 'report', status: 200, report: report({ dryRun: false, committed: true, message: '144 batas kecamatan disimpan.' }) }));
    expect(await screen.findByText('kecamatan.geojson')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Laporan impor' }).textContent).toContain('144 batas kecamatan disimpan.');
  });

  it("shows the server's error line, and a cut-off answer as a failure", async () => {
    renderPage([sets([])]);
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
    act(() => lastRequest().finish({ type: 'error', message: 'Berkas bukan GeoJSON atau TopoJSON.' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Berkas bukan GeoJSON atau TopoJSON.');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas' }));
    act(() => lastRequest().finish({ type: 'progress', phase: 'read', done: 1, total: 2 }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe('Berkas bukan GeoJSON atau TopoJSON.'));
    expect(screen.queryByRole('region', { name: 'Laporan impor' })).toBeNull();
  });
});

describe('importable', () => {
  it('needs something matched and nothing blocking', () => {
    expect(importable(report())).toBe(true);
    expect(importable(report({ matched: 0 }))).toBe(false);
    expect(importable(report({ fileProblems: [{ feature: null, code: null, message: 'x' }] }))).toBe(false);
    expect(importable(report({ counts: { unmatched: 0, wrongLevel: 1, invalid: 0, repaired: 0, warnings: 0, missing: 0 } }))).toBe(false);
    expect(importable(report({ counts: { unmatched: 0, wrongLevel: 0, invalid: 0, repaired: 5, warnings: 3, missing: 9 } }))).toBe(true);
  });
});
