import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { clientBuildDir, createApp } from '../../server/src/app';
import type { Database } from '../../server/src/db/neo4j';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/auth/passwords';
import { authRepository } from '../../server/src/auth/repository';
import { loadConfig } from '../../server/src/config';
import { connect, type Connection } from '../../server/src/db/connect';
import { createLogger, type Logger } from '../../server/src/logger';

/**
 * The configured database (or the local one), checked to hold the generated 100k-partner network the
 * benchmarks are defined on; exits with what to run when it does not.
 */
export async function connectToBigNetwork(minimum = 100_000): Promise<Connection & { partners: number; logger: Logger }> {
  const logger = createLogger('warn');
  const connection = await connect(loadConfig(), logger);
  const [row] = await connection.db.read('MATCH (p:Partner) RETURN count(p) AS partners');
  const partners = Number(row?.partners ?? 0);
  if (partners < minimum) {
    console.error(`The database at ${connection.uri} has ${partners} partners; load a generated network first: npm run seed -- --partners ${minimum}`);
    await connection.db.close();
    await connection.stopLocal();
    process.exit(1);
  }
  return { ...connection, partners, logger };
}

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))]!;

/**
 * A throwaway admin account signed in to the app at `base`, for benchmarks that call it like a
 * browser; `remove` deletes the account (and so its session) afterwards.
 */
export async function benchSession(db: Database, base: string) {
  const email = `bench-${randomUUID().slice(0, 8)}@bench.invalid`;
  const password = randomUUID();
  const users = authRepository(db);
  await users.create({
    id: `u-bench-${randomUUID().slice(0, 8)}`,
    email,
    role: 'admin',
    partner: null,
    passwordHash: await hashPassword(password),
    invitationHash: null,
    invitationSeconds: null,
  });
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const token = /pg_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!response.ok || !token) throw new Error(`the benchmark could not sign in: ${response.status}`);
  return {
    token,
    cookieHeader: { cookie: `pg_session=${token}` },
    remove: () => db.write('MATCH (u:User {email: $email}) OPTIONAL MATCH (u)<-[:OF]-(s:Session) DETACH DELETE u, s', { email }),
  };
}

/** Builds the client and serves the app on a free port, as the benchmarks that use a browser need. */
export async function startBenchApp(db: Database, logger: Logger) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const app = createApp({ db, logger, clientDir: clientBuildDir });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
