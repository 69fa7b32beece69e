import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoundaryError } from '../boundary.errors';
import { fetchBoundaryFile, MAX_REDIRECTS } from './boundary-fetch';
import { AllowList, Resolver } from './public-address';

const MAX = 1024 * 1024;

/** What the fetch answered: the body, or the error's code and its English message. */
async function attempt(url: string, allow: string[] = [], resolve?: Resolver, ca?: string): Promise<{ body?: string; code?: string; message?: string }> {
  try {
    return { body: (await fetchBoundaryFile(url, MAX, { allow: new AllowList(allow), timeoutMs: 5_000, resolve, ca })).toString() };
  } catch (error) {
    if (!(error instanceof BoundaryError)) throw error;
    return { code: error.code, message: error.localize('en') };
  }
}

describe('URL import reaches only public addresses (server-side request forgery)', () => {
  let server: Server;
  let port: number;
  const hits: { url: string; host: string }[] = [];
  let handler: (req: IncomingMessage, res: ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ url: req.url ?? '', host: req.headers.host ?? '' });
      handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    hits.length = 0;
    handler = (_req, res) => res.end('{"type":"FeatureCollection","features":[]}');
  });

  const refusal = { code: 'BOUNDARY_URL_NOT_ALLOWED', message: expect.stringMatching(/^This URL is not allowed: imports fetch only from public internet addresses/) };

  it('refuses loopback, private, link-local, unique-local, CGNAT, multicast and unspecified addresses with one message, before connecting', async () => {
    const urls = [
      `http://127.0.0.1:${port}/a.geojson`,
      `http://127.1:${port}/`, // the URL parser writes it 127.0.0.1
      `http://0x7f000001:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/',
      'http://[fc00::1]/',
      'http://[fd12:3456::1]/',
      'http://100.64.0.1/',
      'http://224.0.0.1/',
      'http://0.0.0.0/',
      'http://[::]/',
      'http://255.255.255.255/',
      `http://localhost:${port}/`,
    ];
    for (const url of urls) expect({ url, ...(await attempt(url)) }).toEqual({ url, ...refusal });
    // Nothing reached the server on 127.0.0.1: the address was judged before any connection.
    expect(hits).toEqual([]);
  });

  it('refuses a host name that resolves to a private address, or to a public and a private one', async () => {
    const resolver =
      (answers: string[]): Resolver =>
      async () =>
        answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    expect(await attempt('http://metadata.example/', [], resolver(['169.254.169.254']))).toEqual(refusal);
    expect(await attempt('http://mixed.example/', [], resolver(['93.184.215.14', '10.0.0.7']))).toEqual(refusal);
    expect(await attempt('http://v6.example/', [], resolver(['::1']))).toEqual(refusal);
    // A name that does not resolve is refused the same way: no telling which names exist inside.
    expect(await attempt('http://nowhere.example/', [], async () => Promise.reject(new Error('ENOTFOUND')))).toEqual(refusal);
  });

  it('follows a redirect from an allowed host only to addresses that pass the same check', async () => {
    for (const location of ['http://127.0.0.2/', 'http://[::1]/', 'http://10.0.0.1/x', 'http://169.254.169.254/latest/meta-data/', 'http://192.168.0.10:8080/']) {
      handler = (_req, res) => res.writeHead(302, { location }).end();
      expect({ location, ...(await attempt(`http://127.0.0.1:${port}/start`, ['127.0.0.1'])) }).toEqual({ location, ...refusal });
    }
    // A redirect within the allowed host is followed.
    handler = (req, res) => (req.url === '/start' ? res.writeHead(301, { location: '/file.geojson' }).end() : res.end('{"ok":true}'));
    expect(await attempt(`http://127.0.0.1:${port}/start`, ['127.0.0.1'])).toEqual({ body: '{"ok":true}' });
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    handler = (req, res) => res.writeHead(302, { location: `/hop${Number((req.url ?? '').replace(/\D/g, '') || 0) + 1}` }).end();
    expect(await attempt(`http://127.0.0.1:${port}/hop0`, ['127.0.0.1'])).toEqual(refusal);
    expect(hits.length).toBe(MAX_REDIRECTS + 1);
  });

  it('connects to the address it checked, with the host name in Host (an allowed name needs no second lookup)', async () => {
    let lookups = 0;
    const resolve: Resolver = async () => {
      lookups++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    // geo.internal exists nowhere: the file can only come from the address the resolver gave.
    expect(await attempt(`http://geo.internal:${port}/f.geojson`, ['geo.internal'], resolve)).toEqual({ body: '{"type":"FeatureCollection","features":[]}' });
    expect(lookups).toBe(1);
    expect(hits).toEqual([{ url: '/f.geojson', host: `geo.internal:${port}` }]);
  });

  it('says nothing about why a connection failed, and the HTTP status when the server answered', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await attempt(`http://127.0.0.1:${closedPort}/`, ['127.0.0.1'])).toEqual({
      code: 'BOUNDARY_URL_FETCH_FAILED',
      message: 'The file could not be fetched from the URL: the server did not answer. Check the URL, or download the file and upload it.',
    });
    handler = (_req, res) => res.writeHead(404).end('not here');
    expect(await attempt(`http://127.0.0.1:${port}/missing`, ['127.0.0.1'])).toEqual({
      code: 'BOUNDARY_URL_HTTP_STATUS',
      message: 'The file could not be fetched from the URL: the server answered HTTP 404.',
    });
  });

  it('checks the certificate of an https URL against its host name, though it connects to the pinned address', async () => {
    // A self-signed certificate for geo.internal (openssl, as on every CI image and developer machine).
    const dir = mkdtempSync(join(tmpdir(), 'jangkau-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=geo.internal',
          '-addext',
          'subjectAltName=DNS:geo.internal',
        ],
        { stdio: 'ignore' },
      );
      const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
      const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, res) => res.end('{"tls":true}'));
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      const tlsPort = (tls.address() as { port: number }).port;
      const loopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
      try {
        expect(await attempt(`https://geo.internal:${tlsPort}/f.json`, ['geo.internal'], loopback, cert)).toEqual({ body: '{"tls":true}' });
        // Another name pinned to the same address: the certificate does not match it, and the fetch fails.
        expect(await attempt(`https://files.internal:${tlsPort}/f.json`, ['files.internal'], loopback, cert)).toMatchObject({ code: 'BOUNDARY_URL_FETCH_FAILED' });
        // Without trusting the test authority, a self-signed certificate is refused.
        expect(await attempt(`https://geo.internal:${tlsPort}/f.json`, ['geo.internal'], loopback)).toMatchObject({ code: 'BOUNDARY_URL_FETCH_FAILED' });
      } finally {
        await new Promise((resolve) => tls.close(resolve));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes allowed ranges as CIDR, and refuses what lies outside them', async () => {
    expect(await attempt(`http://127.0.0.1:${port}/`, ['127.0.0.0/8'])).toEqual({ body: '{"type":"FeatureCollection","features":[]}' });
    expect(await attempt(`http://127.0.0.1:${port}/`, ['10.0.0.0/8'])).toEqual(refusal);
    expect(await attempt('ftp://example.org/x', [])).toMatchObject({ code: 'BOUNDARY_URL_INVALID' });
  });
});
