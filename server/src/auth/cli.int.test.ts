import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

const run = promisify(execFile);
const { fx, anonymous } = apiSuite();

/** `npm run user:create` against the test database, as the README tells the first admin to. */
function userCreate(...args: string[]) {
  const neo4j = inject('neo4j');
  return run('npx', ['tsx', 'server/src/auth/cli.ts', ...args], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
  });
}

describe('npm run user:create', () => {
  it('creates the first admin with a generated password that signs in', async () => {
    const email = `${fx.id('first-admin')}@accounts.example`;
    const { stdout } = await userCreate('--email', email, '--role', 'admin');
    const password = /Password: (\S+)/.exec(stdout)?.[1];
    expect(stdout).toContain(`Created admin ${email}`);
    expect(password).toBeDefined();
    const { status, body } = await anonymous().post('/api/auth/login', { email, password });
    expect(status).toBe(200);
    expect(body.user.role).toBe('admin');
  });

  it('names the bad option and exits non-zero', async () => {
    const failure = await userCreate('--email', 'not-an-email', '--role', 'king').catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/--email/);
    expect((failure as { stderr: string }).stderr).toMatch(/--role/);
  });
});
