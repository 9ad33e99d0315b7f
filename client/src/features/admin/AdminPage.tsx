import { Link } from 'react-router';
import { AuditPanel } from './AuditPanel';
import { ImportExportPanel } from './ImportExportPanel';
import { UsersPanel } from './UsersPanel';

/** Admins' pages: accounts, imports and exports, and the audit log (which every write refreshes). */
export function AdminPage() {
  return (
    <section className="page admin-page">
      <div className="page-head">
        <h2>Admin</h2>
        <Link to="/partners/new">Add a partner</Link>
      </div>
      <UsersPanel />
      <ImportExportPanel />
      <AuditPanel />
    </section>
  );
}
