#!/usr/bin/env node
// Sends a deterministic sweep of malformed requests to a running Jangkau and prints what came back:
//   node tools/security/malformed-sweep.mjs --url http://localhost:3000 --count 1200 [--user admin --password jangkau-demo] [--jwt-secret …] [--seed 13]
// Exit code 1 when any response was a 5xx, an INTERNAL code, or carried JavaScript error text.
import { runSweep } from './malformed-sweep-core.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const url = (args.url ?? 'http://localhost:3000').replace(/\/$/, '');
const count = Number(args.count ?? 1200);
const user = args.user ?? 'admin';
const password = args.password ?? 'jangkau-demo';

let auth;
const login = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', variables: { u: user, p: password } }),
})
  .then((r) => r.json())
  .catch(() => undefined);
if (login?.data?.login?.accessToken) auth = `Bearer ${login.data.login.accessToken}`;
else console.warn(`Could not sign in as ${user}: sending the sweep anonymously (most resolvers will stop at the access guard).`);

const started = Date.now();
const { totals, examples } = await runSweep({ url, count, seed: Number(args.seed ?? 13), auth, jwtSecret: args['jwt-secret'] ?? process.env.JWT_SECRET });
console.log(`Sent ${totals.requests} malformed requests to ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s (${totals.failed} without an answer).`);
console.log(
  `Statuses: ${Object.entries(totals.byStatus)
    .map(([s, n]) => `${s}×${n}`)
    .join(', ')}`,
);
console.log(`5xx responses: ${totals.status5xx}; INTERNAL codes: ${totals.internal}; stack traces or JS error text: ${totals.leak}`);
for (const [finding, list] of Object.entries(examples)) {
  for (const example of list) console.log(`  [${finding}] ${JSON.stringify(example).slice(0, 600)}`);
}
process.exit(totals.status5xx || totals.internal || totals.leak || totals.failed ? 1 : 0);
