import { loadConfig } from '../../server/src/config';
import { connect, type Connection } from '../../server/src/db/connect';
import { createLogger, type Logger } from '../../server/src/logger';

/**
 * The configured database (or the local one), checked to hold the generated 100k-partner network the
 * benchmarks are defined on; exits with what to run when it does not.
 */
export async function connectToBigNetwork(): Promise<Connection & { partners: number; logger: Logger }> {
  const logger = createLogger('warn');
  const connection = await connect(loadConfig(), logger);
  const [row] = await connection.db.read('MATCH (p:Partner) RETURN count(p) AS partners');
  const partners = Number(row?.partners ?? 0);
  if (partners < 100_000) {
    console.error(`The database at ${connection.uri} has ${partners} partners; load the big network first: npm run seed -- --partners 100000`);
    await connection.db.close();
    await connection.stopLocal();
    process.exit(1);
  }
  return { ...connection, partners, logger };
}

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))]!;
