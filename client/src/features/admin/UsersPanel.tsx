import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../lib/dates';
import { roles, type Role, type User } from '@contracts/auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { messageOf as failureText } from '../../lib/api';
import { PartnerPicker } from '../../components/PartnerPicker';
import { userEndpoints } from '@contracts/users';
import { useEndpoint, useWrite } from '../../lib/queries';
import { usePals } from '../../lib/catalog';

const roleWords: Record<Role, string> = { partner: 'partner', pal: 'PAL', admin: 'admin' };

/**
 * The roles an account may have, as the server checks them: partner needs a linked partner, PAL a
 * linked partner who leads an area; admin always. The role it has now is kept in the list.
 */
function validRoles(partner: string | null | undefined, palIds: ReadonlySet<string>, current?: Role): Role[] {
  return roles.filter(
    (role) => role === current || role === 'admin' || (role === 'partner' && !!partner) || (role === 'pal' && !!partner && palIds.has(partner)),
  );
}

function usePalIds(): ReadonlySet<string> {
  const pals = usePals();
  return new Set((pals.data ?? []).map((pal) => pal.id));
}

/** Every account: invite people, change roles, disable accounts. */
export function UsersPanel() {
  const write = useWrite();
  const users = useEndpoint(userEndpoints.listUsers, {}, { select: (page) => page.items });
  const retry = () => void users.refetch();
  const palIds = usePalIds();
  const [message, setMessage] = useState<{ ok: boolean; text: string; link?: string } | null>(null);

  const change = async (user: User, changes: { role?: Role; disabled?: boolean }) => {
    try {
      await write(userEndpoints.updateUser, { params: { id: user.id }, body: changes });
      setMessage({ ok: true, text: `${user.email} updated.` });
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) });
    }
  };

  const revoke = async (user: User) => {
    try {
      await write(userEndpoints.revokeInvitation, { params: { id: user.id } });
      setMessage({ ok: true, text: `The invitation for ${user.email} is revoked: its link no longer works.` });
    } catch (error) {
      setMessage({ ok: false, text: failureText(error) });
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h3 id="users-title">Accounts</h3>
      <InviteForm
        onInvited={(email, token) => {
          const link = `${window.location.origin}/#invitation=${encodeURIComponent(token)}`;
          setMessage({
            ok: true,
            text: `Invitation for ${email} made and e-mailed to them (see the Outbox). The same link, valid for 7 days, to give them yourself:`,
            link,
          });
        }}
        onError={(error) => setMessage({ ok: false, text: failureText(error) })}
      />
      {message && (
        <div className={message.ok ? 'banner' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>
          <span>{message.text}</span>
          {message.link && (
            <input className="invitation-link" readOnly value={message.link} aria-label="Invitation link" onFocus={(event) => event.target.select()} />
          )}
        </div>
      )}
      {users.isLoading && (
        <p className="status" role="status">
          Loading accounts…
        </p>
      )}
      {users.status === 'error' && <ErrorBanner error={users.error} onRetry={retry} />}
      {users.status === 'success' && (
        <div className="table-wrap">
          <table className="partner-table">
            <thead>
              <tr>
                <th>Email</th>
                <th>Partner</th>
                <th>Role</th>
                <th>Last sign-in</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <td>{user.email}</td>
                  <td>{user.partner?.name ?? '—'}</td>
                  <td>
                    <select
                      aria-label={`Role of ${user.email}`}
                      value={user.role}
                      onChange={(event) => void change(user, { role: event.target.value as Role })}
                    >
                      {validRoles(user.partner?.id, palIds, user.role).map((role) => (
                        <option key={role} value={role}>
                          {roleWords[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'never'}</td>
                  <td>
                    <button type="button" onClick={() => void change(user, { disabled: !user.disabled })}>
                      {user.disabled ? 'Enable' : 'Disable'}
                    </button>
                    {user.disabled && <span className="muted"> disabled</span>}
                    {user.invited && (
                      <>
                        <span className="muted"> invited </span>
                        <button type="button" onClick={() => void revoke(user)}>
                          Revoke invitation
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InviteForm({ onInvited, onError }: { onInvited(email: string, token: string): void; onError(error: unknown): void }) {
  const write = useWrite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('partner');
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(null);
  const palIds = usePalIds();
  // Before a partner is picked every role is offered; once one is, only those it allows (and the one chosen).
  const offered = partner ? validRoles(partner.id, palIds) : roles;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await write(userEndpoints.createUser, { body: { email, role, partner: partner?.id ?? null } });
      if (created.invitationToken) onInvited(created.user.email, created.invitationToken);
      setEmail('');
      setPartner(null);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label="Invite someone">
      <label>
        Email
        <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        Role
        <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {(offered.includes(role) ? offered : [...offered, role]).map((name) => (
            <option key={name} value={name}>
              {roleWords[name]}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <span>Partner {partner ? <strong>{partner.name}</strong> : role === 'admin' ? '(optional)' : ''}</span>
        <PartnerPicker
          label="Partner for this account"
          placeholder="Find their partner…"
          onPick={(picked) => setPartner({ id: picked.id, name: picked.name })}
        />
      </div>
      <button type="submit" className="primary">
        Invite
      </button>
    </form>
  );
}
