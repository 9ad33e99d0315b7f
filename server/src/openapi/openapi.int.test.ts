import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { buildApi } from '../routes';

const { db, api } = apiSuite();

describe('GET /api/openapi.json', () => {
  it('documents every route the API serves, with its parameters and errors', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const route of buildApi(db, 'test').routes) {
      const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(body.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
    }
    const list = body.paths['/api/partners'].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['q', 'area', 'tier', 'managed', 'limit', 'cursor']),
    );
    expect(body.paths['/api/introductions/{id}'].patch.responses).toHaveProperty('409');
    expect(body.components.schemas).toHaveProperty('Partner');
  });
});
