// A small round-robin HTTP reverse proxy for the benches (scale.mjs), in a process of its own so that it does not
// share the load generator's event loop: each request goes to the next backend in turn over a keep-alive agent of
// that backend, with the client's address appended to X-Forwarded-For (as a load balancer writes it). Plain HTTP
// only (no WebSocket upgrades: apps/api/test/round-robin-proxy.ts is the tests' proxy that has them).
// `startProxy({ port, backends })` starts it and returns { url, served(), stop() }; served() asks the proxy how many
// requests each backend took (GET /__proxy/served, answered by the proxy itself).
import { spawn } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Headers that belong to one connection (RFC 9110 §7.6.1), not forwarded either way. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const withoutHopByHop = (headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));

export async function startProxy({ port, backends }) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), String(port), ...backends.map(String)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((r) => child.on('exit', r));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`${url}/__proxy/served`).catch(() => null);
    if (res?.ok) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the proxy did not start:\n${stderr}`);
    await sleep(50);
  }
  return {
    url,
    port,
    pid: child.pid,
    served: async () => (await fetch(`${url}/__proxy/served`)).json(),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function serve(port, backends) {
  const agents = backends.map(() => new Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256 }));
  const served = backends.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    if (req.url === '/__proxy/served') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(served));
    }
    const i = next++ % backends.length;
    served[i]++;
    const client = req.socket.remoteAddress ?? 'unknown';
    const given = req.headers['x-forwarded-for'];
    const upstream = request(
      {
        host: '127.0.0.1',
        port: backends[i],
        agent: agents[i],
        method: req.method,
        path: req.url,
        headers: { ...withoutHopByHop(req.headers), 'x-forwarded-for': given ? `${given}, ${client}` : client, 'x-forwarded-proto': 'http' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [port, ...backends] = process.argv.slice(2).map(Number);
  serve(port, backends);
}
