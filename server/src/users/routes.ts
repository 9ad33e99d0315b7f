import { userEndpoints } from '../contracts/users';
import type { AuthService } from '../auth/service';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';

/** User management: admins only. */
export function userRoutes(auth: AuthService) {
  return [
    defineRoute({
      ...userEndpoints.listUsers,
      access: adminOnly,
      handle: async () => ({ items: await auth.listUsers() }),
    }),
    defineRoute({
      ...userEndpoints.createUser,
      access: adminOnly,
      handle: ({ body }) => auth.createUser(body),
    }),
    defineRoute({
      ...userEndpoints.getUser,
      access: adminOnly,
      handle: ({ params }) => auth.getUser(params.id),
    }),
    defineRoute({
      ...userEndpoints.updateUser,
      access: adminOnly,
      before: ({ params }) => auth.getUser(params.id),
      handle: ({ params, body }) => auth.updateUser(params.id, body),
    }),
    defineRoute({
      ...userEndpoints.revokeInvitation,
      access: adminOnly,
      before: ({ params }) => auth.getUser(params.id),
      handle: ({ params }) => auth.revokeInvitation(params.id),
    }),
  ];
}
