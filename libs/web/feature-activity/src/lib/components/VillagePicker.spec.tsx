import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchRegionsQuery } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { VillagePicker } from './VillagePicker';

/** The village search failed: the picker says why, never that no village has the name (issue 16). */
describe('VillagePicker on a weak network', () => {
  beforeAll(() => initI18n('id'));
  afterEach(() => jest.restoreAllMocks());

  const renderFailing = () =>
    render(
      <MockedProvider mocks={[{ request: { query: SearchRegionsQuery, variables: { query: 'pulau rengas', first: 10 } }, error: new TypeError('Failed to fetch') }]}>
        <VillagePicker value={[]} onChange={() => undefined} workingArea={null} />
      </MockedProvider>,
    );
  const type = () => fireEvent.change(screen.getByRole('combobox', { name: /Tambah desa\/kelurahan/ }), { target: { value: 'pulau rengas' } });

  it('says it cannot reach the server, not that no village is called so', async () => {
    renderFailing();
    type();
    expect(await screen.findByText('Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.')).toBeTruthy();
    expect(screen.queryByText(/Tidak ada wilayah bernama/)).toBeNull();
  });

  it('says the phone is offline when the browser knows it', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    renderFailing();
    await act(async () => type());
    expect(await screen.findByText('Anda sedang luring (tidak ada sambungan internet). Coba lagi setelah tersambung.')).toBeTruthy();
  });
});
