import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { hashPassword } from '../../server/src/auth/passwords';
import { authRepository } from '../../server/src/auth/repository';
import { loadConfig } from '../../server/src/config';
import { freePort } from '../../server/src/db/local-neo4j';
import { projectRoot } from '../../server/src/paths';
import { connectToBigNetwork, percentile } from './big-network';

/**
 * npm run bench:load — a mixed load against the app on the generated 10k network
 * (npm run seed -- --partners 10000): LOAD_CONNECTIONS connections (100) for LOAD_SECONDS (60),
 * 70% reads (search, partner by id, neighbourhood depth 1–2, matches) and 30% writes (ties,
 * introduction moves, feedback). The app runs in a process of its own, so its CPU (and Neo4j's)
 * is measured apart from this load generator. Prints requests/s, p50/p95/p99 by kind, statuses,
 * and CPU per request.
 */
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
/** The same mix first, not measured: the JVM compiles its hot paths and the page cache fills. */
const warmUpSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 20);

const { db, uri, stopLocal, partners: partnerCount } = await connectToBigNetwork(10_000);
const config = loadConfig();
const partners = (await db.read('MATCH (p:Partner) RETURN p.id AS id')).map((row) => String(row.id));
const pals = (await db.read('MATCH (p:PAL) RETURN p.id AS id')).map((row) => String(row.id));
const words = (await db.read('MATCH (p:Partner) WITH p LIMIT 200 RETURN split(p.name, " ")[0] AS word')).map((row) => String(row.word));

// Admins of the benchmark's own, one per connection, as many people would be (each has their own
// budget of costly reads); they share one password hash.
const run = Date.now();
const emailOf = (index: number) => `load-${run}-${index}@bench.invalid`;
const password = `load-${crypto.randomUUID()}`;
const passwordHash = await hashPassword(password);
for (let index = 0; index < connections; index++) {
  await authRepository(db).create({
    id: `u-load-${run}-${index}`,
    email: emailOf(index),
    role: 'admin',
    partner: null,
    passwordHash,
    invitationHash: null,
    invitationSeconds: null,
  });
}

const port = await freePort();
// LOAD_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the app alone.
const appNodeArgs = (process.env.LOAD_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
const app = spawn(process.execPath, [...appNodeArgs, '--import', 'tsx', 'server/src/main.ts'], {
  cwd: projectRoot,
  env: {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SEED_WHEN_EMPTY: 'false',
    API_REQUESTS_PER_MINUTE: '10000000',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const agent = new Agent({ keepAlive: true, maxSockets: connections });

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      `${base}${path}`,
      { method, agent, headers: { ...headers, ...(text ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } : {}) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: incoming.headers }));
      },
    );
    outgoing.on('error', reject);
    if (text) outgoing.write(text);
    outgoing.end();
  });
}

for (let tries = 0; ; tries++) {
  const ready = await send('GET', '/api/status/ready').catch(() => null);
  if (ready?.status === 200) break;
  if (tries > 300) throw new Error('the app did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 200));
}
/** One session per connection, as many people would be (the per-person budget of costly reads holds). */
async function startSession(index: number) {
  const signIn = await send('POST', '/api/auth/login', { email: emailOf(index), password });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const csrf = (JSON.parse(signIn.body) as { csrfToken: string }).csrfToken;
  return { reading: { cookie }, writing: { cookie, 'x-csrf-token': csrf } };
}
type Session = Awaited<ReturnType<typeof startSession>>;
const sessions: Session[] = [];
for (let index = 0; index < connections; index++) sessions.push(await startSession(index));

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
const open: string[] = [];

/** The mix: each kind with its share, as the issue gives it (70% reads, 30% writes). */
const kinds: { name: string; share: number; run: (session: Session) => Promise<Answer> }[] = [
  { name: 'search', share: 15, run: ({ reading }: Session) => send('GET', `/api/partners?q=${encodeURIComponent(pick(words))}&limit=20`, undefined, reading) },
  { name: 'partner by id', share: 25, run: ({ reading }: Session) => send('GET', `/api/partners/${pick(partners)}`, undefined, reading) },
  {
    name: 'neighbourhood (depth 1–2)',
    share: 20,
    run: ({ reading }: Session) =>
      send('GET', `/api/graph/neighborhood/${pick(partners)}?depth=${1 + Math.floor(Math.random() * 2)}&limit=200`, undefined, reading),
  },
  { name: 'matches', share: 10, run: ({ reading }: Session) => send('GET', `/api/partners/${pick(partners)}/matches?limit=10`, undefined, reading) },
  { name: 'tie (write)', share: 10, run: ({ writing }: Session) => send('POST', '/api/ties', { from: pick(partners), to: pick(partners) }, writing) },
  {
    name: 'introduction (write)',
    share: 10,
    run: async ({ writing }: Session) => {
      const id = open.length > 50 && Math.random() < 0.5 ? open.splice(Math.floor(Math.random() * open.length), 1)[0] : undefined;
      if (id) return send('PATCH', `/api/introductions/${id}`, { status: 'made', by: pick(pals) }, writing);
      const made = await send('POST', '/api/introductions', { introducer: pick(pals), from: pick(partners), to: pick(partners), reason: 'Load test' }, writing);
      if (made.status === 201) open.push((JSON.parse(made.body) as { id: string }).id);
      return made;
    },
  },
  {
    name: 'feedback (write)',
    share: 10,
    run: ({ writing }: Session) =>
      send('POST', '/api/feedback', { partner: pick(partners), programme: 'load test', text: 'The portal is slow today', sentiment: 'negative' }, writing),
  },
];
/** LOAD_ONLY=<part of a kind's name> runs that kind alone, to see what each costs. */
const only = process.env.LOAD_ONLY;
const wheel = kinds.filter((kind) => !only || kind.name.includes(only)).flatMap((kind) => Array<typeof kind>(kind.share).fill(kind));

/** CPU seconds so far of a process, from /proc (user + system). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** The local Neo4j's JVM: the java process given this port. */
function neo4jPid(): number | null {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (command.some((part) => part.endsWith('Launcher.java')) && command.includes(String(config.LOCAL_NEO4J_PORT))) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}
const jvm = neo4jPid();
const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const latencies = new Map<string, number[]>();
const inOrder: number[] = [];
const statuses = new Map<string, number>();
let done = 0;

const warmUpUntil = performance.now() + warmUpSeconds * 1000;
await Promise.all(sessions.map((session) => connection(session, () => warmUpUntil)));
latencies.clear();
inOrder.length = 0;
statuses.clear();
done = 0;

const cpuBefore = { app: cpuSeconds(app.pid!), neo4j: jvm ? cpuSeconds(jvm) : 0 };
const memory: { second: number; appMb: number; p99Ms: number }[] = [];
const started = performance.now();
const stopAt = started + seconds * 1000;

async function connection(session: Session, until: () => number) {
  while (performance.now() < until()) {
    const kind = pick(wheel);
    const at = performance.now();
    const answer = await kind.run(session).catch(() => ({ status: 0, body: '', headers: {} }));
    const ms = performance.now() - at;
    (latencies.get(kind.name) ?? latencies.set(kind.name, []).get(kind.name)!).push(ms);
    inOrder.push(ms);
    // Refusals carry their code: 429 rate_limited and 503 took_too_long are told apart.
    const code = answer.status >= 400 ? (/"code":"(\w+)"/.exec(answer.body)?.[1] ?? '') : '';
    const statusKey = code ? `${answer.status} ${code}` : `${answer.status}`;
    statuses.set(statusKey, (statuses.get(statusKey) ?? 0) + 1);
    done++;
  }
}
// Every 10 s: the app's memory and the p99 of the last 10 s, to see growth over a long (soak) run.
let windowStart = 0;
const sampler = setInterval(() => {
  const recent = inOrder.slice(windowStart);
  windowStart = inOrder.length;
  memory.push({
    second: Math.round((performance.now() - started) / 1000),
    appMb: Math.round(rss(app.pid!)),
    p99Ms: recent.length ? Math.round(percentile(recent, 99)) : 0,
  });
}, 10_000);
await Promise.all(sessions.map((session) => connection(session, () => stopAt)));
clearInterval(sampler);
const elapsed = (performance.now() - started) / 1000;
const cpu = { app: cpuSeconds(app.pid!) - cpuBefore.app, neo4j: jvm ? cpuSeconds(jvm) - cpuBefore.neo4j : Number.NaN };

const row = (values: number[]) => ({
  requests: values.length,
  'p50 (ms)': Math.round(percentile(values, 50)),
  'p95 (ms)': Math.round(percentile(values, 95)),
  'p99 (ms)': Math.round(percentile(values, 99)),
});
console.log(`\nLoad benchmark — ${partnerCount} partners at ${uri}, ${connections} connections for ${seconds} s\n`);
console.table(Object.fromEntries([...kinds.map((kind) => [kind.name, row(latencies.get(kind.name) ?? [0])]), ['all', row([...latencies.values()].flat())]]));
console.log(`requests/s: ${(done / elapsed).toFixed(0)}   statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
console.log(
  `CPU per request: app ${((cpu.app / done) * 1000).toFixed(2)} ms + Neo4j ${((cpu.neo4j / done) * 1000).toFixed(2)} ms = ${(((cpu.app + cpu.neo4j) / done) * 1000).toFixed(2)} ms (2 cores: ${(((cpu.app + cpu.neo4j) / elapsed / 2) * 100) >> 0}% busy)`,
);
console.log('every 10 s (app memory, p99 of those 10 s):', memory.map((sample) => `${sample.second}s ${sample.appMb} MB ${sample.p99Ms} ms`).join(' · '));

app.kill('SIGTERM');
await new Promise((resolve) => app.once('exit', resolve));
agent.destroy();
await db.write('MATCH (u:User) WHERE u.email STARTS WITH $prefix OPTIONAL MATCH (u)<-[:OF]-(s:Session) DETACH DELETE u, s', { prefix: `load-${run}-` });
await db.close();
await stopLocal();
