import { dispositionFileName, sendApiRequest } from './api-request';

/** Just enough of XMLHttpRequest to see what would go over the wire. */
class FakeXhr {
  static last: FakeXhr;
  headers: Record<string, string> = {};
  sent: unknown;
  status = 200;
  responseType = '';
  responseText = '{"ok":true}';
  response: unknown = null;
  upload = {};
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open() {}
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return null;
  }
  send(body: unknown) {
    this.sent = body;
    setTimeout(() => this.onload?.());
  }
}

describe('sendApiRequest', () => {
  const real = globalThis.XMLHttpRequest;
  beforeAll(() => {
    globalThis.XMLHttpRequest = FakeXhr as never;
  });
  afterAll(() => {
    globalThis.XMLHttpRequest = real;
  });

  it('sends a JSON body as application/json', async () => {
    const response = await sendApiRequest({ method: 'POST', path: '/api/reports/export.csv', json: { savedId: 's1' } }, 't', 'id');
    expect(FakeXhr.last.sent).toBe('{"savedId":"s1"}');
    expect(FakeXhr.last.headers['Content-Type']).toBe('application/json');
    expect(FakeXhr.last.headers['Authorization']).toBe('Bearer t');
    expect(response).toMatchObject({ status: 200, json: { ok: true } });
  });

  it('leaves FormData to the browser (no Content-Type of its own)', async () => {
    const body = new FormData();
    await sendApiRequest({ method: 'POST', path: '/api/x', body }, null, 'id');
    expect(FakeXhr.last.sent).toBe(body);
    expect(FakeXhr.last.headers['Content-Type']).toBeUndefined();
  });
});

describe('the file name of a download', () => {
  it('reads filename* first, then filename, and nothing from a missing header', () => {
    expect(dispositionFileName(`attachment; filename="rekap_jambi_2025-Q4.csv"; filename*=UTF-8''rekap_jambi_2025-Q4.csv`)).toBe('rekap_jambi_2025-Q4.csv');
    expect(dispositionFileName('attachment; filename="laporan.pdf"')).toBe('laporan.pdf');
    expect(dispositionFileName(`attachment; filename*=UTF-8''%E0%A4%A`)).toBeUndefined();
    expect(dispositionFileName(null)).toBeUndefined();
  });
});
