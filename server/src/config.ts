import type { Role } from './contracts/auth';
import type { CookieSecurity } from './http/session-cookie';
import { z } from 'zod';

/** Sizes the JVM understands, such as 256m or 1g. */
const jvmSize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 256m or 1g');
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * Every setting the server reads from the environment, in one schema, so that a bad value fails
 * at start-up with the variable's name rather than later with a puzzling error.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    /** Left out for the local database: each data directory then has its own random one. */
    NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    LOCAL_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    LOCAL_NEO4J_DATA: z.string().min(1).default('.neo4j/data'),
    LOCAL_NEO4J_HEAP: jvmSize.default('384m'),
    LOCAL_NEO4J_PAGECACHE: jvmSize.default('128m'),
    SEED_WHEN_EMPTY: booleanFlag.default(true),
    /** How long a client may take to send a whole request, body included (slow clients get 408). */
    REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
    API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The bearer token a Prometheus scraper sends to GET /metrics; without it, only this machine may scrape. */
    METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
    /** Where mail goes: smtp://user:password@host:587 or smtps://…; left out, messages are written to MAIL_OUTBOX_DIR. */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).default('Partner Graph <partner-graph@localhost>'),
    MAIL_OUTBOX_DIR: z.string().min(1).default('.outbox'),
    /** The hour of the day (0–23, in each person's time zone) when daily digests go. */
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    INTRODUCTION_REMIND_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    INTRODUCTION_LAPSE_AFTER_DAYS: z.coerce.number().int().min(2).max(730).default(14),
    INTRODUCTION_OUTCOME_AFTER_DAYS: z.coerce.number().int().min(1).max(730).default(60),
    /** Mail sending and scheduled jobs (digests, reminders, lapsing) in this process; turn off for a process that only serves. */
    BACKGROUND_JOBS: booleanFlag.default(true),
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
    LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_DELAY_MINUTES: z.coerce.number().int().min(1).default(15),
    /**
     * Express's `trust proxy`: how many proxies in front to trust (1 behind one TLS-terminating
     * proxy), or false. Never "true": any client could then fake its address past the rate limits.
     */
    TRUST_PROXY: z
      .string()
      .regex(/^(false|\d+)$/, 'false or the number of proxies in front')
      .default('false')
      .transform((value) => (value === 'false' ? false : Number(value))),
    /** Roles that must sign in with a second factor: "admin", "pal,admin", or none (empty). */
    REQUIRE_MFA: z
      .string()
      .regex(/^((partner|pal|admin)(,(partner|pal|admin))*)?$/, 'a comma-separated list of roles, such as admin or pal,admin')
      .default('')
      .transform((value) => (value ? (value.split(',') as Role[]) : [])),
    /** When the session cookie is Secure: auto (over HTTPS), true (always) or false (never). */
    COOKIE_SECURE: z
      .enum(['auto', 'true', 'false'])
      .default('auto')
      .transform((value) => ({ auto: 'auto', true: 'always', false: 'never' })[value] as CookieSecurity),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.COOKIE_SECURE === 'always' || (env.COOKIE_SECURE === 'auto' && env.TRUST_PROXY !== false), {
    path: ['COOKIE_SECURE'],
    message: 'in production sessions need HTTPS: set TRUST_PROXY behind a TLS-terminating proxy, or COOKIE_SECURE=true',
  })
  .refine((env) => env.INTRODUCTION_LAPSE_AFTER_DAYS > env.INTRODUCTION_REMIND_AFTER_DAYS, {
    path: ['INTRODUCTION_LAPSE_AFTER_DAYS'],
    message: 'must be more than INTRODUCTION_REMIND_AFTER_DAYS: the reminder comes first',
  })
  .refine((env) => !env.NEO4J_URI || env.NEO4J_PASSWORD !== undefined, {
    path: ['NEO4J_PASSWORD'],
    message: 'must be set when NEO4J_URI points at your own database',
  });

export type Config = z.infer<typeof configSchema>;

/** The session and sign-in throttling rules the configuration sets. */
export function authSettingsOf(config: Config) {
  return {
    idleSeconds: config.SESSION_IDLE_MINUTES * 60,
    maxSeconds: config.SESSION_MAX_HOURS * 3600,
    freeFailures: config.LOGIN_FREE_FAILURES,
    maxDelaySeconds: config.LOGIN_MAX_DELAY_MINUTES * 60,
    requireMfaFor: config.REQUIRE_MFA,
  };
}

export class ConfigError extends Error {}

/** Parses the environment, naming every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}
