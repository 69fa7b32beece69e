import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SessionProvider, signedInStore, KERINCI_AGENCY, type AnswerOf } from '@jangkau/web-data-access';
import { initI18n, setLanguage } from '@jangkau/web-i18n';
import { GraphQLError } from 'graphql';
import { ActivityFormOptionsQuery, CoOrganiserCandidatesQuery, CreateActivityMutation, MyWorkingAreaQuery, RegionNameQuery } from '../graphql/activities';
import { CopyCandidatesQuery, CopySourceQuery } from '../graphql/copySource';
import { draftKey, writeDraft } from '../utils/draftStore';
import { emptyForm, toInput, type ActivityFormState } from '../utils/formState';
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
  result: { data: { agency: { __typename: 'Agency', id: KERINCI, workingArea: [{ __typename: 'Region', code: '15.01' }] } } satisfies AnswerOf<typeof MyWorkingAreaQuery> },
  maxUsageCount: Infinity,
};

function renderForm(extra: MockLink.MockedResponse[] = []) {
  const store = signedInStore({ username: 'petugas.kerinci', fullName: 'Petugas', role: 'OFFICER', agency: { ...KERINCI_AGENCY, id: KERINCI } }, language);
  return render(
    <MockedProvider mocks={[optionsMock, areaMock, ...extra]}>
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
const itemBoxes = () =>
  within(programme())
    .queryAllByRole('checkbox')
    .map((box) => box.closest('label')!.textContent);

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

const summary = () => screen.getByRole('alert');
const summaryItems = () =>
  within(summary())
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
const stepHeading = () => screen.getByRole('heading', { level: 2 }).textContent;
/** Lets the queries a step starts (co-organiser candidates, kecamatan names) answer before the test ends. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('ActivityFormPage: every problem of a step at once, before moving on', () => {
  beforeAll(() => initI18n('id'));
  beforeEach(() => localStorage.clear());

  it('lists the missing title and date together on an empty first step, stays there, and focuses the list', async () => {
    renderForm();
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    next();
    expect(summaryItems()).toEqual(['Judul wajib diisi.', 'Tanggal kegiatan wajib diisi.']);
    expect(document.activeElement).toBe(summary());
    expect(stepHeading()).toContain('Langkah 1 dari 4');

    // Beside each field too, tied to it for screen readers.
    const title = screen.getByLabelText('Judul');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)!.textContent).toBe('Judul wajib diisi.');
    const date = screen.getByLabelText('Tanggal');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)!.textContent).toBe('Tanggal kegiatan wajib diisi.');

    // Each item takes the person to its field.
    fireEvent.click(within(summary()).getByRole('link', { name: 'Tanggal kegiatan wajib diisi.' }));
    expect(document.activeElement).toBe(date);
  });

  it('refuses an end before the start, and moves on once it is fixed', async () => {
    renderForm([candidatesMock]);
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    fireEvent.change(screen.getByLabelText('Judul'), { target: { value: 'Sosialisasi TPPO di Bangko Barat' } });
    setDate('2025-06-16');
    fireEvent.change(screen.getByLabelText('Jam mulai'), { target: { value: '12:00' } });
    fireEvent.change(screen.getByLabelText('Jam selesai'), { target: { value: '09:00' } });
    next();
    expect(summaryItems()).toEqual(['Waktu selesai harus setelah waktu mulai.']);
    expect(screen.getByLabelText('Jam selesai').getAttribute('aria-invalid')).toBe('true');
    expect(stepHeading()).toContain('Langkah 1 dari 4');

    // Fixed: the problem goes at once, and Lanjut moves on.
    fireEvent.change(screen.getByLabelText('Jam selesai'), { target: { value: '13:00' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Jam selesai').getAttribute('aria-invalid')).toBeNull();
    next();
    expect(stepHeading()).toContain('Langkah 2 dari 4');
    await settle();
  });

  it('lists the venue name, the venue region and the villages of an empty second step at once', async () => {
    renderForm([candidatesMock]);
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    fireEvent.change(screen.getByLabelText('Judul'), { target: { value: 'Sosialisasi TPPO di Bangko Barat' } });
    setDate('2025-06-16');
    next();
    expect(stepHeading()).toContain('Langkah 2 dari 4');
    next();
    expect(summaryItems()).toEqual(['Nama tempat wajib diisi.', 'Pilih wilayah tempat kegiatan (kecamatan atau desa/kelurahan).', 'Pilih sedikitnya satu desa/kelurahan yang dijangkau.']);
    expect(stepHeading()).toContain('Langkah 2 dari 4');
    expect(screen.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }).getAttribute('aria-invalid')).toBe('true');
    await settle();
  });

  it('checks every step before saving: from the last step it lists them all and goes to the first one at fault', async () => {
    renderForm([candidatesMock]);
    await within(programme()).findByText(/Isi tanggal kegiatan/);
    fireEvent.click(screen.getByRole('button', { name: /Bukti dan simpan/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(stepHeading()).toContain('Apa dan kapan');
    expect(summaryItems()).toEqual([
      'Judul wajib diisi.',
      'Tanggal kegiatan wajib diisi.',
      'Langkah 2: Nama tempat wajib diisi.',
      'Langkah 2: Pilih wilayah tempat kegiatan (kecamatan atau desa/kelurahan).',
      'Langkah 2: Pilih sedikitnya satu desa/kelurahan yang dijangkau.',
    ]);
    // A problem of another step: its link goes there and to the field.
    fireEvent.click(within(summary()).getByRole('link', { name: 'Langkah 2: Nama tempat wajib diisi.' }));
    expect(stepHeading()).toContain('Tempat dan desa');
    expect(document.activeElement).toBe(screen.getByLabelText('Nama tempat'));
    await settle();
  });

  it('shows every error of a refused save at once, each on the field the API names', async () => {
    const form: ActivityFormState = {
      ...emptyForm(),
      title: 'Sosialisasi TPPO di Pulau Rengas',
      date: '2025-06-16',
      venueName: 'Balai Desa Pulau Rengas',
      venueRegion: { code: '15.02.10.2001', name: 'Pulau Rengas' },
      villages: [{ code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' }],
    };
    const clientId = '0c9a3a52-8d8e-4d55-9a39-6a3c1d0a0abc';
    writeDraft(draftKey(null, 'u1'), { savedAt: '2025-06-16T02:00:00Z', clientId, form });
    const refused: MockLink.MockedResponse = {
      request: { query: CreateActivityMutation, variables: { id: clientId, input: toInput(form), planned: false } },
      result: {
        errors: [
          new GraphQLError('Wilayah tempat kegiatan 15.02.10.2001 tidak ditemukan.', { extensions: { code: 'BAD_USER_INPUT', field: 'venueRegionCode' } }),
          new GraphQLError('Judul sudah dipakai.', { extensions: { code: 'BAD_USER_INPUT', field: 'title' } }),
        ],
      },
    };
    renderForm([refused]);
    expect(await screen.findByText(/Isian yang belum tersimpan dipulihkan dari perangkat ini \(Senin, 16 Juni 2025, 09\.00 WIB\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Bukti dan simpan/ }));
    // The review reads the dates as people write them.
    expect(screen.getByText('Senin, 16 Juni 2025, 09.00 WIB')).toBeTruthy();
    expect(screen.getByText('Senin, 16 Juni 2025, 12.00 WIB')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByRole('alert');
    expect(summaryItems()).toEqual(['Langkah 2: Wilayah tempat kegiatan 15.02.10.2001 tidak ditemukan.', 'Judul sudah dipakai.']);
    expect(stepHeading()).toContain('Apa dan kapan');
    expect(document.getElementById(screen.getByLabelText('Judul').getAttribute('aria-describedby')!)!.textContent).toBe('Judul sudah dipakai.');
  });
});

const candidatesMock: MockLink.MockedResponse = {
  request: { query: CoOrganiserCandidatesQuery, variables: () => true },
  result: { data: { coOrganiserCandidates: [] } satisfies AnswerOf<typeof CoOrganiserCandidatesQuery> },
  maxUsageCount: Infinity,
};

describe('ActivityFormPage: copy from a past activity', () => {
  beforeAll(() => initI18n('id'));
  beforeEach(() => localStorage.clear());

  it("offers the agency's own past activities, most recent first, and copies the place and villages, never the dates", async () => {
    const asked: Record<string, unknown>[] = [];
    const node = (id: string, title: string, startsAt: string, lead: string) => ({
      __typename: 'Activity',
      id,
      title,
      startsAt,
      timeZone: 'WIB',
      venueName: 'Hotel Royal Bangko',
      leadAgency: { __typename: 'Agency', id: lead },
    });
    const candidates: MockLink.MockedResponse = {
      request: {
        query: CopyCandidatesQuery,
        variables: (v: Record<string, unknown>) => {
          asked.push(v);
          return true;
        },
      },
      result: {
        data: {
          activities: {
            __typename: 'ActivityConnection',
            nodes: [node('a2', 'Rapat koordinasi Dinas', '2025-07-01T02:00:00Z', 'dinas'), node('a1', 'Sosialisasi TPPO di Hotel Royal Bangko', '2025-06-16T02:00:00Z', KERINCI)],
          },
        },
      },
      maxUsageCount: Infinity,
    };
    const source: MockLink.MockedResponse = {
      request: { query: CopySourceQuery, variables: { id: 'a1' } },
      result: {
        data: {
          activity: {
            __typename: 'Activity',
            id: 'a1',
            title: 'Sosialisasi TPPO di Hotel Royal Bangko',
            type: 'PENYULUHAN',
            leadAgencyId: KERINCI,
            venueName: 'Hotel Royal Bangko',
            venueRegion: { __typename: 'Region', code: '15.02.02', name: 'Bangko' },
            topics: [],
            programmeItems: [],
            villages: [{ __typename: 'ActivityVillage', code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED', region: { __typename: 'Region', code: '15.02.10.2001', name: 'Pulau Rengas' } }],
            coOrganisers: [],
          },
        },
      },
    };
    const kecamatan: MockLink.MockedResponse = {
      request: { query: RegionNameQuery, variables: { code: '15.02.10' } },
      result: { data: { region: { __typename: 'Region', code: '15.02.10', name: 'Bangko Barat', level: 'KECAMATAN' } } satisfies AnswerOf<typeof RegionNameQuery> },
    };
    renderForm([candidates, source, candidatesMock, kecamatan]);
    fireEvent.click(await screen.findByText('Salin dari kegiatan sebelumnya'));
    const list = await screen.findByRole('list', { name: 'Kegiatan sebelumnya, terbaru di atas' });
    // Another agency's activity (this one co-organised it) is not this agency's to copy.
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Salin “Sosialisasi TPPO di Hotel Royal Bangko”']);
    expect(asked[0]).toMatchObject({ filter: { agencyId: KERINCI, search: null } });

    fireEvent.change(screen.getByLabelText('Cari kegiatan sebelumnya'), { target: { value: 'royal' } });
    // The search waits for typing to pause, then asks: wait for the question, not for a fixed time.
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ filter: { agencyId: KERINCI, search: 'royal' } }));

    fireEvent.click(within(list).getByRole('button', { name: 'Salin “Sosialisasi TPPO di Hotel Royal Bangko”' }));
    expect(await screen.findByText('Disalin dari “Sosialisasi TPPO di Hotel Royal Bangko”. Isi tanggal dan peserta, lalu periksa isian lainnya.')).toBeTruthy();
    expect((screen.getByLabelText('Jenis kegiatan') as HTMLSelectElement).value).toBe('PENYULUHAN');
    expect((screen.getByLabelText('Tanggal') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Judul') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: /Tempat dan desa/ }));
    expect((screen.getByLabelText('Nama tempat') as HTMLInputElement).value).toBe('Hotel Royal Bangko');
    expect(screen.getByText(/^\(1 desa\/kelurahan dipilih\)$/)).toBeTruthy();
    expect(screen.getByText('Pulau Rengas')).toBeTruthy();
    expect(await screen.findByText('Kecamatan Bangko Barat')).toBeTruthy();
    await settle();
  });
});
