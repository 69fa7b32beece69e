import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { at } from '@jangkau/shared-domain';

/**
 * A minimal reverse proxy for tests of several API instances, as a load balancer would stand in front of them:
 * requests and WebSocket upgrades (graphql-ws) go to the backends in turn, each with the client's address appended
 * to X-Forwarded-For. It connects to the backends from `fromAddress` (another loopback address on Linux), so an
 * app told TRUST_PROXY=<that address> believes this proxy and nobody else. Which backend took what is recorded.
 */
export interface RoundRobinProxy {
  url: string;
  /** Each request or upgrade, in order: the backend's index and the client address the proxy saw. */
  readonly served: { backend: number; client: string; path: string; upgrade: boolean }[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  backends: { host: string; port: number }[];
  /** The address the proxy connects to the backends from (what TRUST_PROXY names). */
  fromAddress: string;
  listenHost?: string;
}

/** X-Forwarded-For as a proxy writes it: what the client sent, then the client's own address. */
function forwardedFor(headers: IncomingHttpHeaders, client: string): string {
  const given = headers['x-forwarded-for'];
  const before = Array.isArray(given) ? given.join(', ') : given;
  return before ? `${before}, ${client}` : client;
}

export async function startRoundRobinProxy({ backends, fromAddress, listenHost = '127.0.0.1' }: ProxyOptions): Promise<RoundRobinProxy> {
  let next = 0;
  /** Upgraded connections are the proxy's own to end: the HTTP server no longer tracks them. */
  const tunnels = new Set<{ destroy(): void }>();
  const served: RoundRobinProxy['served'] = [];
  const pick = (client: string, path: string, upgrade = false) => {
    const backend = next++ % backends.length;
    served.push({ backend, client, path, upgrade });
    return at(backends, backend, 'backend');
  };

  const server: Server = createServer((req, res) => {
    const client = req.socket.remoteAddress ?? 'unknown';
    const target = pick(client, req.url ?? '/');
    const upstream = request(
      {
        host: target.host,
        port: target.port,
        localAddress: fromAddress,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwardedFor(req.headers, client), 'x-forwarded-proto': 'http' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req, socket, head) => {
    const client = req.socket.remoteAddress ?? 'unknown';
    const target = pick(client, req.url ?? '/', true);
    const upstream = connect({ host: target.host, port: target.port, localAddress: fromAddress }, () => {
      const headers = { ...req.headers, 'x-forwarded-for': forwardedFor(req.headers, client), 'x-forwarded-proto': 'http' };
      const lines = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => `${name}: ${v}`) : value === undefined ? [] : [`${name}: ${value}`]));
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    const end = () => {
      socket.destroy();
      upstream.destroy();
    };
    tunnels.add(socket).add(upstream);
    upstream.on('error', end);
    socket.on('error', end);
    upstream.on('close', end);
    socket.on('close', end);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, listenHost, resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${listenHost}:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tunnel of tunnels) tunnel.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
