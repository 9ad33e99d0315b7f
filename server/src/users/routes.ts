import { createdUserSchema, createUserSchema, updateUserSchema, userIdParams, userListSchema, userSchema } from '../contracts/auth';
import type { AuthService } from '../auth/service';
import { adminOnly } from '../http/access';
import { defineRoute } from '../http/route';

/** User management: admins only. */
export function userRoutes(auth: AuthService) {
  const tag = 'Users';
  return [
    defineRoute({
      method: 'get', path: '/users', tag, access: adminOnly,
      summary: 'Every account, with its role and partner',
      response: userListSchema,
      handle: async () => ({ items: await auth.listUsers() }),
    }),
    defineRoute({
      method: 'post', path: '/users', tag, access: adminOnly, status: 201, errors: [404, 409],
      summary: 'Create an account with a password, or invite someone (no password: an invitation token is returned)',
      body: createUserSchema, response: createdUserSchema,
      handle: ({ body }) => auth.createUser(body),
    }),
    defineRoute({
      method: 'get', path: '/users/:id', tag, access: adminOnly, errors: [404],
      summary: 'One account',
      params: userIdParams, response: userSchema,
      handle: ({ params }) => auth.getUser(params.id),
    }),
    defineRoute({
      method: 'patch', path: '/users/:id', tag, access: adminOnly, errors: [404],
      summary: "Change an account's role, or disable it (its sessions end at once)",
      params: userIdParams, body: updateUserSchema, response: userSchema,
      before: ({ params }) => auth.getUser(params.id),
      handle: ({ params, body }) => auth.updateUser(params.id, body),
    }),
  ];
}
