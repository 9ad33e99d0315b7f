import { useState } from 'react';
import { AuditPanel } from './AuditPanel';
import { TransferPanel } from './TransferPanel';
import { UsersPanel } from './UsersPanel';

/** Admins' pages: accounts, imports and exports, and the audit log (which reloads after each change made here). */
export function AdminPage() {
  const [changes, setChanges] = useState(0);
  return (
    <section className="page admin-page">
      <h2>Admin</h2>
      <UsersPanel onChanged={() => setChanges((count) => count + 1)} />
      <TransferPanel onChanged={() => setChanges((count) => count + 1)} />
      <AuditPanel revision={changes} />
    </section>
  );
}
