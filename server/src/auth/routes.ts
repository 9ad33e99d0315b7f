import { authEndpoints } from '../contracts/auth';
import { anyone, ownAccount, signedIn } from '../http/access';
import { defineRoute, requireActor, type RequestContext } from '../http/route';
import type { AuthService, StartedSession } from './service';

/** Sets the new session's cookie and answers with what the client needs to know of it. */
function handOver(context: RequestContext, started: StartedSession) {
  context.setSessionCookie(started.token);
  return started.session;
}

export function authRoutes(auth: AuthService) {
  return [
    defineRoute({
      ...authEndpoints.signIn,
      access: anyone,
      handle: async ({ body }, context) => {
        try {
          return handOver(context, await auth.signIn(body, context.sessionToken, context.address));
        } catch (error) {
          context.setSessionCookie(null);
          throw error;
        }
      },
    }),
    defineRoute({
      ...authEndpoints.signOut,
      access: ownAccount,
      handle: async (_input, context) => {
        await auth.signOut(context.sessionToken);
        context.setSessionCookie(null);
      },
    }),
    defineRoute({
      ...authEndpoints.getSession,
      access: ownAccount,
      handle: (_input, context) => auth.current(requireActor(context), context.session),
    }),
    defineRoute({
      ...authEndpoints.changePassword,
      access: signedIn,
      handle: async ({ body }, context) =>
        handOver(context, await auth.changePassword(requireActor(context), body.currentPassword, body.newPassword, context.address)),
    }),
    defineRoute({
      ...authEndpoints.beginMfaSetup,
      access: ownAccount,
      handle: (_input, context) => auth.beginMfaSetup(requireActor(context)),
    }),
    defineRoute({
      ...authEndpoints.confirmMfaSetup,
      access: ownAccount,
      handle: ({ body }, context) => auth.confirmMfaSetup(requireActor(context), body.code),
    }),
    defineRoute({
      ...authEndpoints.disableMfa,
      access: signedIn,
      handle: async ({ body }, context) => handOver(context, await auth.disableMfa(requireActor(context), body.password, context.address)),
    }),
    defineRoute({
      ...authEndpoints.acceptInvitation,
      access: anyone,
      handle: async ({ body }, context) => handOver(context, await auth.acceptInvitation(body.token, body.password)),
    }),
  ];
}
