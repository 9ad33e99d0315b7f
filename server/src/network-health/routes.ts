import { networkHealthEndpoints } from '../contracts/network-health';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';
import type { NetworkHealthService } from './service';

export function networkHealthRoutes(health: NetworkHealthService) {
  return [
    defineRoute({
      ...networkHealthEndpoints.getNetworkHealth,
      access: adminOnly,
      handle: ({ query }) => health.current(query.wait ?? false),
    }),
    defineRoute({
      ...networkHealthEndpoints.refreshNetworkHealth,
      access: adminOnly,
      // The computation reads a snapshot and runs in a worker for seconds: not a write transaction.
      ownTransactions: true,
      handle: ({ query }) => health.refresh(query.wait ?? false),
    }),
  ];
}
