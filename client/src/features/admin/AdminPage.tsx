import { useState } from 'react';
import { AuditPanel } from './AuditPanel';
import { ImportExportPanel } from './ImportExportPanel';
import { UsersPanel } from './UsersPanel';

/** Admins' pages: accounts, imports and exports, and the audit log (which reloads after each change made here). */
export function AdminPage() {
  const [changes, setChanges] = useState(0);
  return (
    <section className="page admin-page">
      <h2>Admin</h2>
      <UsersPanel onChanged={() => setChanges((count) => count + 1)} />
      <ImportExportPanel onChanged={() => setChanges((count) => count + 1)} />
      <AuditPanel revision={changes} />
    </section>
  );
}
