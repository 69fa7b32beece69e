// Where a process's CPU goes, for the benches' `--profile`: the built app is started with `--inspect=<port>`, this
// file speaks the DevTools protocol to it (Profiler.start / Profiler.stop) around a load, and sums the sampled
// profile by self time: per kind of code (the app's own files, each npm package, Node's internals, garbage
// collection, idle) and per function. Sampling at 250 µs; figures are shares of the samples, not exact times.
import WebSocket from 'ws';

/** A DevTools-protocol session with the process whose inspector listens on `port` (127.0.0.1). */
export async function attachProfiler(port) {
  const deadline = Date.now() + 10_000;
  let targets;
  for (;;) {
    try {
      targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      if (targets.length > 0) break;
    } catch {
      // the inspector is not up yet
    }
    if (Date.now() > deadline) throw new Error(`no inspector answered on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let next = 1;
  const waiting = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 250 });
  return {
    start: () => send('Profiler.start'),
    stop: async () => (await send('Profiler.stop')).profile,
    close: () => socket.close(),
  };
}

/** The kind of code a call frame belongs to: a package, the app's own file, Node's internals, or V8's own entries. */
function kindOf({ url, functionName }) {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle (waiting for I/O)';
    if (functionName === '(program)') return 'V8 and native (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  const own = /dist\/apps\/api\/(?:apps\/api\/src|libs)\/(.*)$/.exec(url);
  if (own) return `app: ${own[1].replace(/\.js$/, '')}`;
  return url;
}

/**
 * Self time by kind and by function, largest first, as text lines. `top`: how many of each. The idle share is
 * shown but left out of the percentages of work, so they say where the busy time goes.
 */
export function summarizeProfile(profile, { top = 12 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const kinds = new Map();
  const inclusive = new Map();
  const functions = new Map();
  let busy = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const kind = kindOf(node.callFrame);
    if (kind.startsWith('idle')) {
      idle += us;
      continue;
    }
    busy += us;
    kinds.set(kind, (kinds.get(kind) ?? 0) + us);
    // Inclusive: each kind on the sample's stack once (time spent in it or in what it called).
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(kindOf(byId.get(at).callFrame));
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} (${kind}${f.url && !f.url.includes('node_modules') ? `:${f.lineNumber + 1}` : ''})`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const total = busy + idle;
  const share = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const largest = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `sampled ${(total / 1e6).toFixed(1)} s: busy ${((100 * busy) / total).toFixed(1)} %, idle ${((100 * idle) / total).toFixed(1)} %; of the busy time:`,
    '  by kind of code (self time):',
    ...largest(kinds).map(([k, us]) => `    ${share(us)}  ${k}`),
    '  by kind of code, with what it called (inclusive):',
    ...largest(inclusive)
      .filter(([k]) => !k.startsWith('native: (root)'))
      .map(([k, us]) => `    ${share(us)}  ${k}`),
    '  by function (self time):',
    ...largest(functions).map(([k, us]) => `    ${share(us)}  ${k}`),
  ];
}
