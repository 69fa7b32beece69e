import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { SessionProvider, signedInStore } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { ExportButtons } from './ExportButtons';
import { at } from '@jangkau/shared-domain';

/** The export routes as they are before the API lands them: every request answers 404. */
class NotFoundXhr {
  static requests: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = [];
  status = 404;
  responseType = '';
  // What a 404 body reads as (jsdom's Blob has no text()).
  response = { text: async () => '{"statusCode":404,"message":"Cannot POST /api/reports/export.xlsx"}' };
  responseText = '';
  upload = {};
  headers: Record<string, string> = {};
  method = '';
  path = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, path: string) {
    this.method = method;
    this.path = path;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return null;
  }
  send(body: unknown) {
    NotFoundXhr.requests.push({ method: this.method, path: this.path, body, headers: this.headers });
    setTimeout(() => this.onload?.());
  }
}

function renderButtons(source: Parameters<typeof ExportButtons>[0]['source']) {
  const store = signedInStore({ username: 'kanwil.jambi', fullName: 'K', role: 'HEAD', agency: null }, () => 'id');
  return render(
    <MockedProvider mocks={[]}>
      <SessionProvider store={store} language={() => 'id'}>
        <ExportButtons source={source} fileName="Rekap" />
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('ExportButtons', () => {
  const real = globalThis.XMLHttpRequest;
  beforeAll(() => {
    initI18n('id');
    globalThis.XMLHttpRequest = NotFoundXhr as never;
  });
  afterAll(() => {
    globalThis.XMLHttpRequest = real;
  });
  beforeEach(() => {
    NotFoundXhr.requests = [];
  });

  it('posts the report input as JSON and says plainly when the server has no export yet', async () => {
    renderButtons({ input: { rows: 'KABUPATEN_KOTA', indicators: ['ACTIVITIES'], period: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh XLSX' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Unduhan laporan belum tersedia di server ini.');
    expect(NotFoundXhr.requests).toHaveLength(1);
    expect(NotFoundXhr.requests[0]).toMatchObject({ method: 'POST', path: '/api/reports/export.xlsx', headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(at(NotFoundXhr.requests, 0, 'export request').body as string)).toEqual({ input: { rows: 'KABUPATEN_KOTA', indicators: ['ACTIVITIES'], period: '2025' } });
  });

  it('asks for a saved report’s export by its id', async () => {
    renderButtons({ savedId: 's1' });
    fireEvent.click(screen.getByRole('button', { name: 'Unduh PDF' }));
    await screen.findByRole('alert');
    expect(NotFoundXhr.requests[0]).toMatchObject({ method: 'GET', path: '/api/reports/saved/s1/export.pdf', body: null });
  });

  it('sends the CSV with semicolons by default in Indonesian, and remembers a change to commas', async () => {
    localStorage.removeItem('jangkau.csvSeparator');
    const view = renderButtons({ input: { rows: 'KABUPATEN_KOTA', indicators: ['ACTIVITIES'], period: '2025' } });
    expect((screen.getByLabelText('Pemisah CSV') as HTMLSelectElement).value).toBe('semicolon');
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await screen.findByRole('alert');
    expect(JSON.parse(at(NotFoundXhr.requests, 0, 'export request').body as string)).toMatchObject({ separator: 'semicolon' });
    fireEvent.change(screen.getByLabelText('Pemisah CSV'), { target: { value: 'comma' } });
    view.unmount();
    renderButtons({ savedId: 's1' });
    expect((screen.getByLabelText('Pemisah CSV') as HTMLSelectElement).value).toBe('comma');
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await screen.findByRole('alert');
    expect(NotFoundXhr.requests[1]).toMatchObject({ method: 'GET', path: '/api/reports/saved/s1/export.csv?separator=comma' });
  });
});
