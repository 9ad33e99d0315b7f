import { dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../errors';

/**
 * The 49k most common passwords of public breach corpora, as zxcvbn-ts ships them: checked here,
 * with no network call, so that a length rule alone does not let "qwerty123456" through.
 */
const commonPasswords = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** Parts of an email address too short to mean anything inside a password are not checked. */
const MIN_EMAIL_PART = 4;

function emailParts(email: string): string[] {
  const lower = email.trim().toLowerCase();
  const local = lower.split('@')[0] ?? '';
  return [lower, local, ...local.split(/[._+-]/)].filter((part) => part.length >= MIN_EMAIL_PART);
}

/**
 * Refuses a new password that is widely known or made from the account's email (ASVS 2.1.7).
 * `field` names the input in the 400, as the request spelled it.
 */
export function assertAcceptablePassword(password: string, email: string, field: string): void {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[\d\W_]+$/u, ''))) {
    throw badRequest(`${field}: this password is one of the most common ones; choose another`, field);
  }
  if (emailParts(email).some((part) => lower.includes(part))) {
    throw badRequest(`${field}: a password must not contain your email address or its name`, field);
  }
}
