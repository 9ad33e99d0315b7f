import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(sent: string, expected: string) {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A scraper is let in with `Authorization: Bearer <METRICS_TOKEN>`; without a token set, only from this machine. */
function mayScrape(req: Request, token: string | undefined): boolean {
  if (!token) return LOOPBACK.has(req.socket.remoteAddress ?? '');
  const [scheme, sent] = (req.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && sent !== undefined && sameSecret(sent, token);
}

/**
 * GET /metrics in Prometheus' text format. Not part of the JSON API (no session, no CSRF): a
 * scraper is a machine. The figures say how busy the community is, so they are not public.
 */
export function metricsEndpoint(metrics: Metrics, token?: string): RequestHandler {
  return async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!mayScrape(req, token)) {
      res.status(token ? 401 : 403).json({
        error: {
          code: 'metrics_refused',
          message: token
            ? 'Send the metrics token as Authorization: Bearer <token>'
            : 'Metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere',
        },
      });
      return;
    }
    res.setHeader('Content-Type', metrics.contentType);
    res.send(await metrics.text());
  };
}
