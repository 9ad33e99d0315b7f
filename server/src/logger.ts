import { type DestinationStream, pino, type Logger } from 'pino';

export type { Logger };

/** Wherever a header object or a secret field turns up in a log line, its value is censored. */
const secretPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.csrfToken',
  '*.sessionToken',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: undefined, redact: { paths: secretPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
