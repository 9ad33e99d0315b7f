import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): about 20–40 ms a hash
 * here, slow enough to make guessing expensive, quick enough for sign-in.
 */
// Algorithm is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  // An unknown user or one with no password yet still costs a verification, so that timing does
  // not tell which emails have accounts.
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && !!passwordHash;
}

const dummyHash = hashPassword(randomBytes(16).toString('hex'));

/** A random secret for cookies, CSRF and invitations (256 bits, URL-safe). */
export const newToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a copy of the database does not hold live sessions. */
export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');
