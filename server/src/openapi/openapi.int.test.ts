import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths';
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

  it('passes the Redocly linter with no errors', async () => {
    const { body } = await api.get('/api/openapi.json');
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(body));
    // A lint error exits non-zero, which rejects; warnings (the document names no licence) do not.
    const { stdout, stderr } = await promisify(execFile)(join(projectRoot, 'node_modules', '.bin', 'redocly'), ['lint', file, '--format=json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number; warnings: number } };
    expect(report.totals.errors, stderr).toBe(0);
  }, 30_000);
});
