import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { databasePassword } from './connect';
import { localPasswordFile } from './local-password';

const root = mkdtempSync(join(tmpdir(), 'pg-password-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the local database password', () => {
  it('is random per data directory, kept for the next start, and readable by its owner only', () => {
    const first = loadConfig({ LOCAL_NEO4J_DATA: join(root, 'one') });
    const second = loadConfig({ LOCAL_NEO4J_DATA: join(root, 'two') });
    const password = databasePassword(first);
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(password).not.toBe('partner-graph-local');
    expect(databasePassword(second)).not.toBe(password);
    expect(databasePassword(first)).toBe(password);
    expect(readFileSync(localPasswordFile(join(root, 'one')), 'utf8').trim()).toBe(password);
    expect(statSync(localPasswordFile(join(root, 'one'))).mode & 0o077).toBe(0);
  });

  it('is the configured one when NEO4J_PASSWORD is set', () => {
    expect(databasePassword(loadConfig({ LOCAL_NEO4J_DATA: join(root, 'three'), NEO4J_PASSWORD: 'chosen-by-me' }))).toBe('chosen-by-me');
  });
});
