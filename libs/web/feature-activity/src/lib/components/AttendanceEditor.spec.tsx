import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { AnswerOf } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { RegionNameQuery } from '../graphql/activities';
import { emptyForm, toInput, type ActivityFormState } from '../utils/formState';
import { AttendanceEditor } from './AttendanceEditor';

const names: Record<string, string> = { '15.02': 'Merangin', '15.02.02': 'Bangko', '15.02.10': 'Bangko Barat' };
const nameMocks = Object.entries(names).map(([code, name]) => ({
  request: { query: RegionNameQuery, variables: { code } },
  result: { data: { region: { __typename: 'Region', code, name, level: code.length === 5 ? 'KABUPATEN' : 'KECAMATAN' } } satisfies AnswerOf<typeof RegionNameQuery> },
  maxUsageCount: Infinity,
}));

/** Part of the founding story: two villages of Bangko Barat and a kelurahan of Bangko, 1 camat, 1 lurah, 2 kepala desa. */
function Harness({ onInput }: { onInput: (input: ReturnType<typeof toInput>) => void }) {
  const [form, setForm] = useState<ActivityFormState>({
    ...emptyForm(),
    venueRegion: { code: '15.02.02', name: 'Bangko' },
    villages: [
      { code: '15.02.02.1009', name: 'Pasar Atas', reach: 'OFFICIALS_ATTENDED' },
      { code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' },
      { code: '15.02.10.2002', name: 'Biuku Tanjung', reach: 'OFFICIALS_ATTENDED' },
    ],
    participants: { CAMAT: { male: 1, female: 0 }, LURAH: { male: 1, female: 0 }, KEPALA_DESA: { male: 1, female: 1 } },
  });
  onInput(toInput(form));
  return <AttendanceEditor form={form} onChange={(attendance) => setForm((f) => ({ ...f, attendance }))} />;
}

describe('AttendanceEditor: officials on their own village', () => {
  beforeAll(() => initI18n('id'));

  it('puts one head on each village and the camat on the first kecamatan, as far as the counts go, and sends them', async () => {
    let input: ReturnType<typeof toInput> | null = null;
    render(
      <MockedProvider mocks={nameMocks}>
        <Harness onInput={(i) => (input = i)} />
      </MockedProvider>,
    );
    const group = screen.getByRole('group', { name: 'Kehadiran aparat per desa' });
    expect(await within(group).findByText(/Yang tidak dirinci dihitung di Merangin/)).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Isi satu per desa dan kecamatan' }));
    expect((within(group).getByLabelText('Pasar Atas: lurah') as HTMLSelectElement).value).toBe('male');
    expect((within(group).getByLabelText('Pulau Rengas: kepala desa') as HTMLSelectElement).value).toBe('male');
    expect((within(group).getByLabelText('Biuku Tanjung: kepala desa') as HTMLSelectElement).value).toBe('female');
    expect(input!.attendance).toEqual([
      { regionCode: '15.02.02', category: 'CAMAT', male: 1, female: 0 },
      { regionCode: '15.02.02.1009', category: 'LURAH', male: 1, female: 0 },
      { regionCode: '15.02.10.2001', category: 'KEPALA_DESA', male: 1, female: 0 },
      { regionCode: '15.02.10.2002', category: 'KEPALA_DESA', male: 0, female: 1 },
    ]);
    expect(within(group).getByText(/Camat: 1 dari 1 dirinci · Lurah: 1 dari 1 dirinci · Kepala desa: 2 dari 2 dirinci/)).toBeTruthy();
  });

  it('warns when more are itemised than attended', async () => {
    render(
      <MockedProvider mocks={nameMocks}>
        <Harness onInput={() => undefined} />
      </MockedProvider>,
    );
    const group = screen.getByRole('group', { name: 'Kehadiran aparat per desa' });
    // Only one camat attended; the second kecamatan's camat too is one more than that.
    fireEvent.change(await within(group).findByLabelText('Bangko: camat'), { target: { value: 'male' } });
    fireEvent.change(await within(group).findByLabelText('Bangko Barat: camat'), { target: { value: 'male' } });
    expect(within(group).getByRole('alert').textContent).toBe('Camat yang dirinci (2) melebihi jumlah yang hadir (1). Tambah jumlahnya di atas atau kurangi rinciannya.');
  });
});
