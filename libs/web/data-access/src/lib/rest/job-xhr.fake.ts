/**
 * For component tests of the long-job routes (activity import, boundary import), which answer in NDJSON lines
 * over XMLHttpRequest: each request is kept in `sent` and waits until the test answers it, progress lines first
 * (`stream`), then the end (`finish` with lines, or `answer` with a status and a body of the test's choosing).
 * `FakeJobXhr.useInThisFile()` at the top of a test file's `describe` installs it as `globalThis.XMLHttpRequest`.
 */
export class FakeJobXhr {
  static sent: FakeJobXhr[] = [];

  /** In a jest `describe`: the fake replaces XMLHttpRequest for the file, `sent` is emptied before each test, and the real one is put back after. */
  static useInThisFile(): void {
    const real = globalThis.XMLHttpRequest;
    beforeAll(() => {
      globalThis.XMLHttpRequest = FakeJobXhr as never;
    });
    afterAll(() => {
      globalThis.XMLHttpRequest = real;
    });
    beforeEach(() => {
      FakeJobXhr.sent = [];
    });
  }
  status = 200;
  responseType = '';
  responseText = '';
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  method = '';
  path = '';
  body: FormData | null = null;
  onload: (() => void) | null = null;
  onprogress: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  /** The request last sent. */
  static last(): FakeJobXhr {
    const request = FakeJobXhr.sent.at(-1);
    if (!request) throw new Error('no request was sent');
    return request;
  }

  open(method: string, path: string) {
    this.method = method;
    this.path = path;
  }
  setRequestHeader() {}
  getResponseHeader() {
    return null;
  }
  send(body: FormData) {
    this.body = body;
    FakeJobXhr.sent.push(this);
  }
  /** Lines arrive (the page shows the progress so far). */
  stream(...lines: object[]) {
    this.responseText += lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    this.onprogress?.();
  }
  /** The last lines arrive and the answer ends (200). */
  finish(...lines: object[]) {
    this.answer(200, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
  /** The answer ends with this status and body (a refusal, a body that is not NDJSON). */
  answer(status: number, text: string) {
    this.status = status;
    this.responseText += text;
    this.onload?.();
  }
}
