import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { clientBuildDir } from '../../server/src/app';
import { benchSession, connectToBigNetwork, percentile, startBenchApp } from './big-network';

/**
 * npm run bench:explorer — on the generated 100k-partner network (npm run seed -- --partners 100000):
 * for views of about 1k, 5k and 20k elements, the time from request to first drawn frame, the layout
 * time and the frames per second while panning and zooming, for each renderer; the time to show a
 * 1-hop neighbourhood; the API's latency for one; and the size of the initial JavaScript.
 */
const { db, uri, stopLocal, partners, logger } = await connectToBigNetwork();

const { server, base } = await startBenchApp(db, logger);
const session = await benchSession(db, base);

/** A page in a browser context that carries the benchmark's session cookie. */
async function newPage(from: Browser, options: { viewport: { width: number; height: number } }): Promise<Page> {
  const context = await from.newContext(options);
  await context.addCookies([{ name: 'pg_session', value: session.token, url: base }]);
  return context.newPage();
}

const quiet = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Two browsers, because the flags that give WebGL a (software) GPU here also route the 2D canvas
// through that emulated GPU, which slows it far below what a plain CPU canvas or a real GPU does.
const browser = await chromium.launch({ executablePath, args: quiet });
// No GPU here: WebGL runs on SwiftShader, so its figures are a floor, not what a GPU gives.
const webglBrowser = await chromium.launch({
  executablePath,
  args: [...quiet, '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'],
});

interface Measurement {
  view: string;
  renderer: string;
  layout: string;
  nodes: number;
  edges: number;
  drawnMs: number;
  layoutMs: number;
  dragFps: number;
  wheelFps: number;
}

async function measure(view: string, search: string, renderer: 'canvas' | 'webgl' | null, panSeconds = 3): Promise<Measurement> {
  const page: Page = await newPage(renderer === 'webgl' ? webglBrowser : browser, { viewport: { width: 1400, height: 900 } });
  // tsx (esbuild) wraps functions in a __name helper that does not exist inside the page.
  await page.addInitScript('window.__name = (target) => target');
  if (renderer) await page.addInitScript((chosen) => (window.__partnerGraphRenderer = chosen), renderer);
  // The app's default for every view is the canvas renderer; the table compares both.
  await page.goto(`${base}/${search}`);
  await page.waitForFunction(() => window.__partnerGraph !== undefined, undefined, { timeout: 180_000 });
  const drawn = await page.evaluate(() => ({
    drawnMs: window.__partnerGraph!.drawnAt,
    layoutMs: window.__partnerGraph!.layoutMs,
    nodes: window.__partnerGraph!.cy.nodes().length,
    edges: window.__partnerGraph!.cy.edges().length,
  }));
  const canvas = page.getByTestId('graph-canvas');
  const dragFps = await gestureFps(page, 'drag', panSeconds);
  const wheelFps = await gestureFps(page, 'wheel', panSeconds);
  const result = {
    view,
    renderer: (await canvas.getAttribute('data-renderer')) ?? '?',
    layout: (await canvas.getAttribute('data-layout')) ?? '?',
    ...drawn,
    dragFps,
    wheelFps,
  };
  await page.close();
  return result;
}

/**
 * Frames per second while a person drags the graph around by its background, and while they zoom
 * with the wheel: real mouse input, because Cytoscape's viewport optimisations react to gestures,
 * not to programmatic pans. The drag starts in a corner, where no node is, so it pans.
 */
async function gestureFps(page: Page, gesture: 'drag' | 'wheel', seconds: number): Promise<number> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const start = { x: box.x + 40, y: box.y + 40 };
  await page.evaluate(() => {
    const counter = { frames: 0, running: true, started: performance.now() };
    (window as unknown as { __frames: typeof counter }).__frames = counter;
    const tick = () => {
      counter.frames++;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const until = Date.now() + seconds * 1000;
  const far = { x: start.x + 120, y: start.y + 80 };
  for (let step = 0; Date.now() < until; step++) {
    // Drags go there and back, so the graph ends where it started.
    const [from, to] = step % 2 === 0 ? [start, far] : [far, start];
    await page.mouse.move(from.x, from.y);
    if (gesture === 'drag') {
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
      await page.mouse.up();
    } else {
      await page.mouse.wheel(0, step % 2 === 0 ? -100 : 100);
    }
  }
  return page.evaluate(() => {
    const counter = (window as unknown as { __frames: { frames: number; running: boolean; started: number } }).__frames;
    counter.running = false;
    return counter.frames / ((performance.now() - counter.started) / 1000);
  });
}

/** Partners (not PALs) with about as many ties as a typical partner has, so views come out alike. */
async function typicalPartners(count: number): Promise<string[]> {
  const rows = await db.read(
    `MATCH (p:Partner) WHERE NOT p:PAL AND p.id STARTS WITH 'p-0'
     WITH p, COUNT { (p)-[:KNOWS]-() } AS degree WHERE degree >= 15 AND degree <= 25
     RETURN p.id AS id ORDER BY p.id LIMIT $count`,
    { count: neo4j.int(count) },
  );
  return rows.map((row) => String(row.id));
}

const [typical, ...oneHopPartners] = await typicalPartners(6);
const views: [string, string][] = [
  ['~1k elements', `?partner=${typical}&depth=2&limit=300`],
  ['~5k elements', `?partner=${typical}&depth=3&limit=1500`],
  ['~20k elements', `?partner=${typical}&depth=3&limit=5000`],
];

const results: Measurement[] = [];
for (const [view, search] of views) {
  for (const renderer of ['canvas', 'webgl'] as const) {
    results.push(await measure(view, search, renderer));
    console.log(`measured ${view} on ${renderer}`);
  }
}

// A 1-hop view opened from a shared link (a whole page load), several partners.
const oneHop: number[] = [];
for (const partner of oneHopPartners) oneHop.push((await measure('1-hop', `?partner=${partner}`, null, 0.2)).drawnMs);

// A 1-hop view when a person focuses another partner inside the running app.
const inApp: number[] = [];
{
  const page = await newPage(browser, { viewport: { width: 1400, height: 900 } });
  await page.addInitScript('window.__name = (target) => target');
  await page.goto(`${base}/?partner=${typical}`);
  await page.waitForFunction(() => window.__partnerGraph !== undefined, undefined, { timeout: 60_000 });
  for (const partner of oneHopPartners) {
    const started = await page.evaluate((id) => {
      const now = performance.now();
      window.history.pushState(null, '', `?partner=${id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      return now;
    }, partner);
    await page.waitForFunction((since) => (window.__partnerGraph?.drawnAt ?? 0) > since, started, { timeout: 60_000 });
    inApp.push((await page.evaluate(() => window.__partnerGraph!.drawnAt)) - started);
  }
  await page.close();
}

// The API alone for 1-hop neighbourhoods of 100 random partners.
const apiTimes: number[] = [];
const sample = (await db.read('MATCH (p:Partner) WITH p, rand() AS r ORDER BY r LIMIT 100 RETURN p.id AS id')).map((row) => String(row.id));
for (const id of sample) {
  const started = performance.now();
  await fetch(`${base}/api/graph/neighborhood/${id}`, { headers: session.cookieHeader }).then((response) => response.json());
  apiTimes.push(performance.now() - started);
}

const html = readFileSync(join(clientBuildDir, 'index.html'), 'utf8');
const entry = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
const entryGzipKb = entry ? gzipSync(readFileSync(join(clientBuildDir, entry))).length / 1024 : NaN;

console.log(`\nExplorer benchmark — ${partners} partners at ${uri}; headless Chromium (software rendering, no GPU), ${process.platform} ${process.arch}\n`);
console.table(
  results.map((r) => ({
    view: r.view,
    renderer: r.renderer,
    layout: r.layout,
    nodes: r.nodes,
    edges: r.edges,
    'request → drawn (ms)': Math.round(r.drawnMs),
    'layout (ms)': Math.round(r.layoutMs),
    'fps dragging': Number(r.dragFps.toFixed(1)),
    'fps wheel zoom': Number(r.wheelFps.toFixed(1)),
  })),
);
console.log(
  `1-hop neighbourhood on screen from a shared link (page load → drawn): median ${Math.round(percentile(oneHop, 50))} ms, worst ${Math.round(Math.max(...oneHop))} ms over ${oneHop.length} partners`,
);
console.log(
  `1-hop neighbourhood on screen when focusing a partner in the app (request → drawn): median ${Math.round(percentile(inApp, 50))} ms, worst ${Math.round(Math.max(...inApp))} ms over ${inApp.length} partners`,
);
console.log(
  `API GET /api/graph/neighborhood/:id (1 hop), 100 random partners: p50 ${percentile(apiTimes, 50).toFixed(1)} ms, p95 ${percentile(apiTimes, 95).toFixed(1)} ms`,
);
console.log(`Initial JavaScript (${entry}): ${entryGzipKb.toFixed(1)} kB gzipped`);

await browser.close();
await webglBrowser.close();
await session.remove();
server.close();
await db.close();
await stopLocal();
