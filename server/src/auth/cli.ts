import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { createUserSchema } from '../contracts/auth';
import { authSettingsOf, ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { applySchema } from '../db/schema';
import { AppError } from '../errors';
import { createLogger } from '../logger';
import { catalogRepository } from '../catalog/repository';
import { catalogService } from '../catalog/service';
import { authRepository } from './repository';
import { authService, defaultAuthSettings } from './service';

/**
 * npm run user:create -- --email you@example.com --role admin [--partner p-0001] [--password …]
 *
 * Creates an account directly in the database: how the first admin comes to exist. Without
 * --password a strong one is generated and printed once.
 */
async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, partner: { type: 'string' }, password: { type: 'string' } },
  });
  const password = values.password ?? randomBytes(12).toString('base64url');
  const body = createUserSchema.parse({ email: values.email, role: values.role, partner: values.partner ?? null, password });

  const config = loadConfig();
  const logger = createLogger('warn');
  const { db, stopLocal } = await connect(config, logger);
  try {
    await applySchema(db);
    const auth = authService(authRepository(db), catalogService(catalogRepository(db)), { ...defaultAuthSettings, ...authSettingsOf(config) });
    const { user } = await auth.createUser(body);
    console.log(`Created ${user.role} ${user.email}${user.partner ? ` (${user.partner.name})` : ''}.`);
    if (!values.password) console.log(`Password: ${password}\nIt is shown only now; change it after signing in.`);
  } finally {
    await db.close();
    await stopLocal();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ZodError) {
    console.error(error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  } else if (error instanceof ConfigError || error instanceof AppError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
