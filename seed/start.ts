import type { Database } from '../server/src/db/neo4j';
import { exitOnFailure, serve } from '../server/src/serve';
import { demoCredentialsBanner, ensureDemoAccountsForSample, existingDemoAccounts } from './demo-accounts';
import { loadSampleWhenEmpty } from './load';

/**
 * `npm start`: the server with the sample network loaded into an empty database, and demo accounts
 * for it, so a fresh clone has something to explore. The seed depends on the server, never the
 * reverse; deployments run server/src/main.ts.
 */
serve(async ({ db, config, logger }) => {
  if (config.SEED_WHEN_EMPTY && (await loadSampleWhenEmpty(db))) logger.info('the database was empty: loaded the sample network');
  // Demo accounts never exist in production (see demoAccountsAllowed).
  if (config.NODE_ENV === 'production') return;
  const made = await ensureDemoAccountsForSample(db, false);
  if (made.length > 0) console.log(demoCredentialsBanner(made));
  else await printDemoAccounts(db);
}).catch(exitOnFailure);

async function printDemoAccounts(db: Database) {
  const accounts = await existingDemoAccounts(db);
  if (accounts.length === 0) return;
  const lines = accounts.map((account) => `  ${account.role.padEnd(8)} ${account.email.padEnd(30)} ${account.who}`);
  // A banner for the person who ran npm start, so plain text rather than a JSON log line.
  console.log(
    `\nDemo accounts (development only; their passwords were shown when they were made, \`npm run demo:passwords\` sets new ones):\n${lines.join('\n')}\n`,
  );
}
