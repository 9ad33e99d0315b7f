import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the app reports about itself beyond requests: read when Prometheus scrapes. */
export interface MetricSources {
  /** Whether the database is known gone (the circuit is open). */
  databaseCircuitOpen(): boolean;
  /** Jobs running now, by kind (imports, the health computation, costly graph reads). */
  jobsRunning(): Record<string, number>;
  /** How long the last network health computation took, in seconds (null before the first). */
  lastHealthComputationSeconds(): number | null;
}

/** Error codes that mean the database, not the request, was at fault. */
const DATABASE_ERRORS = new Set(['database_unavailable', 'took_too_long']);

/**
 * The app's Prometheus metrics (prom-client), one registry per app: request counts and latency by
 * route template (never the raw path, whose ids would make a series per partner) and status,
 * database errors, the circuit's state, jobs running and the health computation's time.
 */
export function createMetrics(sources: MetricSources, options: { processMetrics?: boolean } = {}) {
  const registry = new Registry();
  registry.setDefaultLabels({ app: 'partner_graph' });
  // Process metrics (CPU, memory, event loop lag, GC) for the one app a process serves.
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'http_requests_total', help: 'API requests answered', labelNames, registers });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an API request',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const databaseErrors = new Counter({
    name: 'database_errors_total',
    help: 'Requests answered 503 because the database was gone (database_unavailable) or too slow (took_too_long)',
    labelNames: ['code'],
    registers,
  });
  new Gauge({
    name: 'database_circuit_open',
    help: '1 while the database is known gone and requests are answered 503 at once',
    registers,
    collect() {
      this.set(sources.databaseCircuitOpen() ? 1 : 0);
    },
  });
  new Gauge({
    name: 'jobs_running',
    help: 'Jobs under way, by kind',
    labelNames: ['job'],
    registers,
    collect() {
      for (const [job, count] of Object.entries(sources.jobsRunning())) this.set({ job }, count);
    },
  });
  new Gauge({
    name: 'network_health_computation_seconds',
    help: 'How long the last network health computation took',
    registers,
    collect() {
      const seconds = sources.lastHealthComputationSeconds();
      if (seconds !== null) this.set(seconds);
    },
  });

  /** Counts and times each API request once it is answered, labelled by the route the router matched. */
  const measureRequests: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const labels = { method: req.method, route: (res.locals.routeName as string | undefined) ?? 'unmatched', status: String(res.statusCode) };
      requests.inc(labels);
      latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      const code = res.locals.errorCode as string | undefined;
      if (code && DATABASE_ERRORS.has(code)) databaseErrors.inc({ code });
    });
    next();
  };

  return { registry, measureRequests, contentType: registry.contentType, text: () => registry.metrics() };
}

export type Metrics = ReturnType<typeof createMetrics>;
