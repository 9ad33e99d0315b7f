import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Express } from 'express';

/** How long a client may take: to send its headers, and to send the whole request, body included. */
export interface RequestTimeouts {
  headersSeconds: number;
  requestSeconds: number;
}

export const defaultRequestTimeouts: RequestTimeouts = { headersSeconds: 20, requestSeconds: 30 };

/** A listening server that can be shut down gently. */
export interface Listening {
  server: Server;
  /**
   * Stops taking requests and waits for those under way, up to `graceMs`; then cuts what is left.
   * Requests that arrive meanwhile (on kept-alive connections) get 503 with `Connection: close`.
   * Resolves true when everything finished in time.
   */
  drain(graceMs: number): Promise<boolean>;
}

/**
 * Listens with deadlines on slow clients: a body that never arrives gets 408 and its connection
 * closed after `requestSeconds`, instead of holding a request (and its memory) for minutes. Node
 * checks the deadlines every second here (its default is every 30 s).
 */
export function listen(app: Express, port: number, host: string, timeouts: RequestTimeouts = defaultRequestTimeouts): Promise<Listening> {
  let draining = false;
  // Responses under way: told to close their connection once shutdown starts, so kept-alive
  // connections do not hold the shutdown until the grace period runs out.
  const underWay = new Set<ServerResponse>();
  const server = createServer(
    {
      headersTimeout: timeouts.headersSeconds * 1000,
      requestTimeout: timeouts.requestSeconds * 1000,
      connectionsCheckingInterval: Math.min(1000, timeouts.headersSeconds * 500),
    },
    (req, res) => {
      if (!draining) {
        underWay.add(res);
        res.on('close', () => underWay.delete(res));
        return app(req, res);
      }
      res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '5' });
      res.end(JSON.stringify({ error: { code: 'shutting_down', message: 'The server is restarting; try again in a moment' } }));
    },
  );
  const drain = (graceMs: number) =>
    new Promise<boolean>((resolve) => {
      draining = true;
      for (const res of underWay) if (!res.headersSent) res.setHeader('connection', 'close');
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        resolve(false);
      }, graceMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve(true);
      });
      server.closeIdleConnections();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, drain });
    });
  });
}
