import { AuditPanel } from './AuditPanel';
import { ImportExportPanel } from './ImportExportPanel';
import { UsersPanel } from './UsersPanel';

/** Admins' pages: accounts, imports and exports, and the audit log (which every write refreshes). */
export function AdminPage() {
  return (
    <section className="page admin-page">
      <h2>Admin</h2>
      <UsersPanel />
      <ImportExportPanel />
      <AuditPanel />
    </section>
  );
}
