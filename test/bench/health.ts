import { chromium } from 'playwright-core';
import { networkHealthRepository } from '../../server/src/network-health/repository';
import { computeInWorker, defaultHealthServiceOptions } from '../../server/src/network-health/service';
import { benchSession, connectToBigNetwork, percentile, startBenchApp } from './big-network';

/**
 * npm run bench:health — on the network in the configured database (the generated 10k or 100k
 * network: npm run seed -- --partners 10000 | 100000): time and peak memory of a full health
 * computation (the snapshot read, then the worker with its 2 GB heap limit), and the latency of the
 * cached endpoint and the time until the page is drawn in headless Chromium.
 */
const { db, uri, stopLocal, partners, logger } = await connectToBigNetwork(1000);
const options = { ...defaultHealthServiceOptions, workerHeapMb: 2048 };

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const started = performance.now();
const snapshot = await networkHealthRepository(db).snapshot();
const readMs = performance.now() - started;
const mainHeapAfterRead = process.memoryUsage().heapUsed;
const { report, stages } = await computeInWorker(snapshot, options);
const totalMs = performance.now() - started;
clearInterval(sampler);

// The cached endpoint, over HTTP as the page calls it.
const { server, base } = await startBenchApp(db, logger);
const session = await benchSession(db, base);
const get = (path: string) =>
  fetch(`${base}${path}`, { headers: session.cookieHeader }).then(async (response) => ({
    status: response.status,
    bytes: (await response.arrayBuffer()).byteLength,
  }));
const warm = await get('/api/admin/health?wait=true');
const latencies: number[] = [];
for (let i = 0; i < 200; i++) {
  const before = performance.now();
  await get('/api/admin/health');
  latencies.push(performance.now() - before);
}

// The page: from navigation to every section drawn (report from cache), in headless Chromium.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const pageTimes: number[] = [];
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies([{ name: 'pg_session', value: session.token, url: base }]);
  const page = await context.newPage();
  await page.goto(`${base}/admin/health`);
  await page.getByRole('heading', { name: 'Size and engagement' }).waitFor({ timeout: 60_000 });
  await page.locator('figure.chart canvas').nth(4).waitFor();
  pageTimes.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();

console.log(
  `\nNetwork health benchmark — ${partners} partners, ${report.size.ties} ties at ${uri}; ${process.platform} ${process.arch}, Node ${process.version}\n`,
);
console.table([
  { step: 'read the snapshot from Neo4j (main thread)', ms: Math.round(readMs) },
  ...stages.map((stage, i) => ({ step: `worker: ${stage.stage}`, ms: stage.atMs - (stages[i - 1]?.atMs ?? 0), 'worker heap MB': stage.heapMb })),
  { step: 'full computation, read to report', ms: Math.round(totalMs) },
]);
console.log(
  `Betweenness: ${report.structure.brokers.method} from ${report.structure.brokers.sources} sources; ${report.structure.communities.count} communities (modularity ${report.structure.communities.modularity}); ${report.structure.components.count} components.`,
);
console.log(
  `Peak memory: process RSS ${Math.round(peakRss / 1_048_576)} MB (all threads); main-thread heap after the read ${Math.round(mainHeapAfterRead / 1_048_576)} MB; worker heap at most ${Math.max(...stages.map((stage) => stage.heapMb))} MB (limit ${options.workerHeapMb} MB).`,
);
console.log(
  `Cached endpoint: ${(warm.bytes / 1024).toFixed(0)} kB; p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} requests.`,
);

console.log(
  `Page drawn (navigation to every section and chart, report from cache): median ${percentile(pageTimes, 50).toFixed(0)} ms, max ${Math.max(...pageTimes).toFixed(0)} ms over ${pageTimes.length} loads.`,
);

await session.remove();
server.close();
await db.close();
await stopLocal();
