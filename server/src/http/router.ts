import { Router, type Request, type Response } from 'express';
import { Reply, type RouteDefinition } from './route';

/** Serves route definitions: each input is parsed by its schema (a ZodError becomes a 400 downstream). */
export function buildRouter(routes: RouteDefinition[]): Router {
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response) => {
      const input = {
        params: route.params ? route.params.parse(req.params) : undefined,
        query: route.query ? route.query.parse(req.query) : undefined,
        body: route.body ? route.body.parse(req.body ?? {}) : undefined,
      };
      const result = await route.handle(input);
      if (result instanceof Reply) {
        res.status(result.status).json(result.body);
        return;
      }
      const status = route.status ?? 200;
      if (status === 204) res.status(204).end();
      else res.status(status).json(result);
    });
  }
  return router;
}
