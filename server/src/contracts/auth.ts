import { z } from 'zod';
import { idSchema, isoDate, limitSchema, namedRefSchema } from './common';
import { endpoints } from './endpoint';

/** Shared with the client: no server imports here. */

export const roles = ['partner', 'pal', 'admin'] as const;
export const roleSchema = z.enum(roles).meta({ description: 'partner < pal < admin; see the README for what each may do' });
export type Role = z.infer<typeof roleSchema>;

const emailSchema = z
  .email()
  .max(200)
  .transform((email) => email.toLowerCase());
/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(12, 'at least 12 characters').max(200);

/** A 6-digit code from an authenticator app, or one of the account's recovery codes. */
const secondFactorSchema = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/i, 'the 6 digits from your authenticator app, or a recovery code such as abcde-12345');

export const loginSchema = z
  .strictObject({
    email: emailSchema,
    password: z.string().min(1).max(200),
    code: secondFactorSchema.optional().meta({ description: 'Needed when the account has two-step sign-in on (a 401 mfa_required asks for it)' }),
  })
  .meta({ id: 'Login' });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    partner: namedRefSchema.nullable().meta({ description: 'The partner this person is' }),
    disabled: z.boolean(),
    invited: z.boolean().meta({ description: 'Invited, and has not chosen a password yet' }),
    createdAt: z.string(),
    lastSignInAt: z.string().nullable(),
    mfa: z.boolean().meta({ description: 'Two-step sign-in (an authenticator app) is on' }),
  })
  .meta({ id: 'User' });

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string().meta({ description: 'Send it back as the X-CSRF-Token header on every write' }),
    expiresAt: z.string().meta({ description: 'When the session ends at the latest, however active' }),
    mfaSetupRequired: z
      .boolean()
      .meta({ description: 'This role must use two-step sign-in (REQUIRE_MFA) and this account has not set it up: nothing else works until it does' }),
  })
  .meta({ id: 'Session' });

export const mfaSetupSchema = z
  .object({
    secret: z.string().meta({ description: 'Base32 secret, for typing into an authenticator app' }),
    uri: z.string().meta({ description: 'otpauth:// URI, for a QR code' }),
  })
  .meta({ id: 'MfaSetup' });

export const mfaConfirmSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'the 6 digits your authenticator app shows'),
  })
  .meta({ id: 'MfaConfirm' });

export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).meta({ description: 'Shown this once: each signs in once instead of a code' }) })
  .meta({ id: 'RecoveryCodes' });

export const mfaDisableSchema = z.strictObject({ password: z.string().min(1).max(200) }).meta({ id: 'MfaDisable' });

export const changePasswordSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })
  .refine((body) => body.currentPassword !== body.newPassword, { message: 'choose a different password', path: ['newPassword'] })
  .meta({ id: 'ChangePassword' });

export const createUserSchema = z
  .strictObject({
    email: emailSchema,
    role: roleSchema,
    partner: idSchema.nullable().default(null).meta({ description: 'The partner this person is; needed for partner and pal' }),
    password: newPasswordSchema.optional().meta({ description: 'Left out: an invitation is made instead' }),
  })
  .refine((body) => body.role === 'admin' || body.partner !== null, { message: 'partners and PALs are linked to their partner', path: ['partner'] })
  .meta({ id: 'CreateUser' });

export const createdUserSchema = z
  .object({
    user: userSchema,
    invitationToken: z.string().nullable().meta({ description: 'Give it to the person: they choose a password with it (valid 7 days)' }),
  })
  .meta({ id: 'CreatedUser' });

export const updateUserSchema = z
  .strictObject({ role: roleSchema, disabled: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change')
  .meta({ id: 'UpdateUser' });

export const acceptInvitationSchema = z.strictObject({ token: z.string().min(20).max(200), password: newPasswordSchema }).meta({ id: 'AcceptInvitation' });

export const userListSchema = z.object({ items: z.array(userSchema) }).meta({ id: 'Users' });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ userId: z.string(), email: z.string() }).nullable(),
    action: z.string().meta({ example: 'PATCH /partners/:id' }),
    target: z.record(z.string(), z.string()).nullable().meta({ description: 'The path parameters' }),
    request: z.unknown().meta({ description: 'The body sent, secrets removed' }),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export const auditQuerySchema = z.strictObject({
  user: idSchema.optional().meta({ description: 'Only what this user did' }),
  action: z.string().max(100).optional().meta({ description: 'Only this action, such as "PATCH /partners/:id"' }),
  from: isoDate.optional().meta({ description: 'Only entries on or after this day (UTC)' }),
  to: isoDate.optional().meta({ description: 'Only entries on or before this day (UTC)' }),
  limit: limitSchema(50, 500),
});
export const auditListSchema = z.object({ items: z.array(auditEntrySchema) }).meta({ id: 'AuditLog' });

export type Login = z.infer<typeof loginSchema>;
export type User = z.infer<typeof userSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type CreateUser = z.infer<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The Accounts endpoints: one description each, served by the server and called by the client. */
export const authEndpoints = endpoints('Accounts', {
  signIn: {
    method: 'post',
    path: '/auth/login',
    errors: [429],
    summary: 'Sign in: starts a new session (cookie) and returns the CSRF token to send with writes',
    body: loginSchema,
    response: sessionSchema,
  },
  signOut: {
    method: 'post',
    path: '/auth/logout',
    status: 204,
    summary: 'Sign out: the session ends on the server, not only in this browser',
  },
  getSession: {
    method: 'get',
    path: '/auth/me',
    summary: 'Who is signed in, and the CSRF token of this session',
    response: sessionSchema,
  },
  changePassword: {
    method: 'post',
    path: '/auth/password',
    summary: 'Change your password: every session of yours ends and a new one starts here',
    body: changePasswordSchema,
    response: sessionSchema,
  },
  beginMfaSetup: {
    method: 'post',
    path: '/auth/mfa/setup',
    summary: 'Start setting up two-step sign-in: a new secret for your authenticator app (not in use until confirmed)',
    response: mfaSetupSchema,
  },
  confirmMfaSetup: {
    method: 'post',
    path: '/auth/mfa/confirm',
    errors: [409],
    summary: 'Turn two-step sign-in on with a code from the app; returns 10 one-time recovery codes, shown this once',
    body: mfaConfirmSchema,
    response: recoveryCodesSchema,
  },
  disableMfa: {
    method: 'post',
    path: '/auth/mfa/disable',
    errors: [409],
    summary: 'Turn two-step sign-in off, with your password (refused when your role requires it)',
    body: mfaDisableSchema,
    response: sessionSchema,
  },
  acceptInvitation: {
    method: 'post',
    path: '/auth/invitations/accept',
    errors: [404],
    summary: 'Choose a password with an invitation token from an admin, and sign in',
    body: acceptInvitationSchema,
    response: sessionSchema,
  },
});
