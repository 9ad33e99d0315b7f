import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { tokenDigest } from './passwords';

/** RFC 6238 as every authenticator app does it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
/** A code from the step before or after is accepted too (clocks drift; people type slowly). */
const TOLERANCE_SECONDS = PERIOD_SECONDS;
const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const newTotpSecret = () => generateSecret();

export const totpUri = (secret: string, email: string) => generateURI({ issuer: 'Partner Graph', label: email, secret, period: PERIOD_SECONDS });

/** The RFC 6238 time step a valid code belongs to, or null when the code is wrong. */
export async function totpStep(secret: string, code: string, epochSeconds = Math.floor(Date.now() / 1000)): Promise<number | null> {
  const result = await verify({ secret, token: code, period: PERIOD_SECONDS, epoch: epochSeconds, epochTolerance: TOLERANCE_SECONDS }).catch(() => null);
  return result?.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Ten one-time codes such as `k7m2p-x9qab` (about 50 bits each), and the digests stored for them. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const part = () => Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`);
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

export const recoveryCodeHash = (code: string) => tokenDigest(`recovery:${code.trim().toLowerCase()}`);

export const isRecoveryCode = (code: string) => code.includes('-');
