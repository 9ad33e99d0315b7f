import { loadConfig } from '../server/src/config';
import { connect } from '../server/src/db/connect';
import { createLogger } from '../server/src/logger';
import { demoCredentialsBanner, resetDemoPasswords } from './demo-accounts';

/**
 * npm run demo:passwords — new random passwords for the demo accounts (their sessions end), shown
 * once. For development databases only: refused when NODE_ENV=production.
 */
const config = loadConfig();
if (config.NODE_ENV === 'production') {
  console.error('Demo accounts do not exist in production; nothing to do.');
  process.exit(2);
}
const { db, stopLocal } = await connect(config, createLogger('warn'));
try {
  const reset = await resetDemoPasswords(db);
  console.log(reset.length > 0 ? demoCredentialsBanner(reset) : 'No demo account exists in this database.');
} finally {
  await db.close();
  await stopLocal();
}
