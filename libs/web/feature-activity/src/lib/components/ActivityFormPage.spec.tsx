import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SessionProvider, signedInStore, KERINCI_AGENCY } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { ActivityFormOptionsQuery, MyWorkingAreaQuery } from '../graphql/activities';
import { ActivityFormPage } from './ActivityFormPage';

const KERINCI = '6f1c2a52-8d8e-4d55-9a39-6a3c1d0a0001';
const ITEM_8 = '7a1c2a52-8d8e-4d55-9a39-6a3c1d0a0008';
const ITEM_1 = '7a1c2a52-8d8e-4d55-9a39-6a3c1d0a0001';
const AKSI_3 = '7a1c2a52-8d8e-4d55-9a39-6a3c1d0a0103';
const language = () => 'id';

const framework = (id: string, name: string, validFrom: string, validTo: string, items: [string, number, string][]) => ({
  __typename: 'ProgrammeFramework',
  id,
  name,
  validFrom,
  validTo,
  items: items.map(([itemId, number, title]) => ({ __typename: 'ProgrammeItem', id: itemId, number, title })),
});

const optionsMock: MockLink.MockedResponse = {
  request: { query: ActivityFormOptionsQuery },
  result: {
    data: {
      topics: [],
      // "15 Program Aksi" in 2027 here, so that 2026 is a year with no framework in force, as it is today.
      programmeFrameworks: [
        framework('f15', '15 Program Aksi', '2027-01-01', '2027-12-31', [[AKSI_3, 3, 'Butir aksi ketiga']]),
        framework('f13', '13 Program Akselerasi', '2024-01-01', '2025-12-31', [
          [ITEM_1, 1, 'Pemberantasan narkoba dan penipuan di lapas dan rutan'],
          [ITEM_8, 8, 'Pencegahan TPPO dan TPPM'],
        ]),
      ],
      agencies: [],
    },
  },
  maxUsageCount: Infinity,
};
const areaMock: MockLink.MockedResponse = {
  request: { query: MyWorkingAreaQuery, variables: { agencyId: KERINCI } },
  result: { data: { agency: { __typename: 'Agency', id: KERINCI, workingArea: [{ __typename: 'Region', code: '15.01' }] } } },
  maxUsageCount: Infinity,
};

function renderForm() {
  const store = signedInStore({ username: 'petugas.kerinci', fullName: 'Petugas', role: 'OFFICER', agency: { ...KERINCI_AGENCY, id: KERINCI } }, language);
  return render(
    <MockedProvider mocks={[optionsMock, areaMock]}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={['/kegiatan/baru']}>
          <Routes>
            <Route path="/kegiatan/baru" element={<ActivityFormPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const programme = () => screen.getByRole('group', { name: 'Butir program' });
const setDate = (date: string) => fireEvent.change(screen.getByLabelText('Tanggal'), { target: { value: date } });
const itemBoxes = () => within(programme()).queryAllByRole('checkbox').map((box) => box.closest('label')!.textContent);

describe('ActivityFormPage: programme items follow the activity’s date', () => {
  beforeAll(() => initI18n('id'));
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await act(() => setLanguage('id'));
  });

  it('asks for the date first, then offers the items of the framework in force on it, updating as the date changes', async () => {
    renderForm();
    expect(await within(programme()).findByText('Isi tanggal kegiatan untuk melihat butir program yang berlaku pada tanggal itu.')).toBeTruthy();
    expect(itemBoxes()).toEqual([]);

    setDate('2025-06-16');
    expect(await within(programme()).findByText('Butir kerangka program yang berlaku pada 16 Juni 2025.')).toBeTruthy();
    expect(within(programme()).getByText('13 Program Akselerasi')).toBeTruthy();
    expect(itemBoxes()).toEqual(['1. Pemberantasan narkoba dan penipuan di lapas dan rutan', '8. Pencegahan TPPO dan TPPM']);

    setDate('2027-02-01');
    expect(within(programme()).getByText('15 Program Aksi')).toBeTruthy();
    expect(within(programme()).queryByText('13 Program Akselerasi')).toBeNull();
    expect(itemBoxes()).toEqual(['3. Butir aksi ketiga']);
  });

  it('says in words when no framework is in force on the date, instead of an empty list', async () => {
    renderForm();
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    setDate('2026-12-04');
    expect(
      await within(programme()).findByText(
        'Tidak ada kerangka program yang berlaku pada 4 Desember 2026, jadi tidak ada butir program yang dapat dipilih. Kegiatan tetap dapat disimpan tanpa butir program.',
      ),
    ).toBeTruthy();
    expect(itemBoxes()).toEqual([]);
  });

  it('tells the person when the date moves so a chosen item no longer applies, and lets them remove it', async () => {
    renderForm();
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    setDate('2025-06-16');
    fireEvent.click(await within(programme()).findByRole('checkbox', { name: '8. Pencegahan TPPO dan TPPM' }));

    setDate('2026-12-04');
    const alert = within(programme()).getByRole('alert');
    expect(alert.textContent).toContain('Butir yang dipilih berikut tidak berlaku pada 4 Desember 2026 dan akan ditolak saat disimpan:');
    // The item is still chosen, shown apart with its framework's validity; not silently kept, not silently dropped.
    const stale = within(alert).getByRole('checkbox', { name: '8. Pencegahan TPPO dan TPPM (13 Program Akselerasi, berlaku 1 Januari 2024 s.d. 31 Desember 2025)' });
    expect((stale as HTMLInputElement).checked).toBe(true);

    // Back to a date it applies on: offered again, still ticked, no warning.
    setDate('2025-12-31');
    expect(within(programme()).queryByRole('alert')).toBeNull();
    expect((within(programme()).getByRole('checkbox', { name: '8. Pencegahan TPPO dan TPPM' }) as HTMLInputElement).checked).toBe(true);

    setDate('2027-02-01');
    fireEvent.click(within(programme()).getByRole('button', { name: 'Hapus butir yang tidak berlaku' }));
    expect(within(programme()).queryByRole('alert')).toBeNull();
    setDate('2025-06-16');
    expect((within(programme()).getByRole('checkbox', { name: '8. Pencegahan TPPO dan TPPM' }) as HTMLInputElement).checked).toBe(false);
  });

  it('does not send an activity whose item does not apply on its date: it says so on the first step', async () => {
    renderForm();
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    setDate('2025-06-16');
    fireEvent.click(await within(programme()).findByRole('checkbox', { name: '8. Pencegahan TPPO dan TPPM' }));
    setDate('2026-12-04');
    fireEvent.click(screen.getByRole('button', { name: /Bukti dan simpan/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    // No mutation is mocked: had the form sent one, the error would be the network's, not this.
    expect(await screen.findByText('Hapus dulu butir program yang tidak berlaku pada tanggal kegiatan (langkah 1).', { selector: 'small' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Apa dan kapan');
  });

  it('speaks English when the reader chose it', async () => {
    await act(() => setLanguage('en'));
    renderForm();
    await within(screen.getByRole('group', { name: 'Programme items' })).findByText(/Enter the activity's date/);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-04' } });
    expect(
      await screen.findByText('No programme framework is in force on 4 December 2026, so there is no programme item to choose. The activity can still be saved without one.'),
    ).toBeTruthy();
  });
});
