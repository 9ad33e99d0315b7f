import { acceptInvitationSchema, changePasswordSchema, loginSchema, sessionSchema } from '../contracts/auth';
import { anyone, signedIn } from '../http/access';
import { defineRoute, requireActor, type RequestContext } from '../http/route';
import type { AuthService, StartedSession } from './service';

/** Sets the new session's cookie and answers with what the client needs to know of it. */
function handOver(context: RequestContext, started: StartedSession) {
  context.setSessionCookie(started.token);
  return started.session;
}

export function authRoutes(auth: AuthService) {
  const tag = 'Accounts';
  return [
    defineRoute({
      method: 'post', path: '/auth/login', tag, access: anyone, errors: [429],
      summary: 'Sign in: starts a new session (cookie) and returns the CSRF token to send with writes',
      body: loginSchema, response: sessionSchema,
      handle: async ({ body }, context) => {
        try {
          return handOver(context, await auth.signIn(body.email, body.password, context.sessionToken));
        } catch (error) {
          context.setSessionCookie(null);
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'post', path: '/auth/logout', tag, access: signedIn, status: 204,
      summary: 'Sign out: the session ends on the server, not only in this browser',
      handle: async (_input, context) => {
        await auth.signOut(context.sessionToken);
        context.setSessionCookie(null);
      },
    }),
    defineRoute({
      method: 'get', path: '/auth/me', tag, access: signedIn,
      summary: 'Who is signed in, and the CSRF token of this session',
      response: sessionSchema,
      handle: (_input, context) => auth.current(requireActor(context), context.session),
    }),
    defineRoute({
      method: 'post', path: '/auth/password', tag, access: signedIn,
      summary: 'Change your password: every session of yours ends and a new one starts here',
      body: changePasswordSchema, response: sessionSchema,
      handle: async ({ body }, context) =>
        handOver(context, await auth.changePassword(requireActor(context), body.currentPassword, body.newPassword)),
    }),
    defineRoute({
      method: 'post', path: '/auth/invitations/accept', tag, access: anyone, errors: [404],
      summary: 'Choose a password with an invitation token from an admin, and sign in',
      body: acceptInvitationSchema, response: sessionSchema,
      handle: async ({ body }, context) => handOver(context, await auth.acceptInvitation(body.token, body.password)),
    }),
  ];
}
