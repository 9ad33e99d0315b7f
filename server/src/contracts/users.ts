import { endpoints } from './endpoint';
import { idParams } from './common';
import { createdUserSchema, createUserSchema, updateUserSchema, userListSchema, userSchema } from './auth';

/** The Users endpoints: one description each, served by the server and called by the client. */
export const userEndpoints = endpoints('Users', {
  listUsers: {
    method: 'get',
    path: '/users',
    summary: 'Every account, with its role and partner',
    response: userListSchema,
  },
  createUser: {
    method: 'post',
    path: '/users',
    status: 201,
    errors: [404, 409],
    summary: 'Create an account with a password, or invite someone (no password: an invitation token is returned)',
    body: createUserSchema,
    response: createdUserSchema,
  },
  getUser: {
    method: 'get',
    path: '/users/:id',
    errors: [404],
    summary: 'One account',
    params: idParams,
    response: userSchema,
  },
  updateUser: {
    method: 'patch',
    path: '/users/:id',
    errors: [404],
    summary: "Change an account's role, or disable it (its sessions end at once)",
    params: idParams,
    body: updateUserSchema,
    response: userSchema,
  },
  revokeInvitation: {
    method: 'delete',
    path: '/users/:id/invitation',
    status: 204,
    errors: [404, 409],
    summary: 'Revoke an invitation nobody has accepted yet: the invited account is removed and its link stops working',
    params: idParams,
  },
});
