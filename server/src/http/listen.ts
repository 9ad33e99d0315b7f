import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

/** How long a client may take: to send its headers, and to send the whole request, body included. */
export interface RequestTimeouts {
  headersSeconds: number;
  requestSeconds: number;
}

export const defaultRequestTimeouts: RequestTimeouts = { headersSeconds: 20, requestSeconds: 30 };

/**
 * Listens with deadlines on slow clients: a body that never arrives gets 408 and its connection
 * closed after `requestSeconds`, instead of holding a request (and its memory) for minutes. Node
 * checks the deadlines every second here (its default is every 30 s).
 */
export function listen(app: Express, port: number, host: string, timeouts: RequestTimeouts = defaultRequestTimeouts): Promise<Server> {
  const server = createServer(
    {
      headersTimeout: timeouts.headersSeconds * 1000,
      requestTimeout: timeouts.requestSeconds * 1000,
      connectionsCheckingInterval: Math.min(1000, timeouts.headersSeconds * 500),
    },
    app,
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
