import { statusEndpoints } from '../contracts/status';
import { anyone } from '../http/access';
import { defineRoute, Reply } from '../http/route';
import type { StatusService } from './service';

export function statusRoutes(status: StatusService) {
  const readiness = async () => {
    const body = await status.status();
    return body.ready ? body : new Reply(503, body);
  };
  return [
    defineRoute({ ...statusEndpoints.getStatus, access: anyone, handle: readiness }),
    defineRoute({ ...statusEndpoints.getReadiness, access: anyone, handle: readiness }),
    defineRoute({ ...statusEndpoints.getLiveness, access: anyone, handle: async () => status.live() }),
  ];
}
