/** The reader's own locale, en-GB when the browser names none. */
const locale = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

/** A date and time as the reader writes them: 3 Dec 2026, 09:30 in en-GB. */
export const formatDateTime = (iso: string) => new Date(iso).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });

/** A date alone: 3 Dec 2026 in en-GB. */
export const formatDate = (iso: string) => new Date(iso).toLocaleDateString(locale(), { dateStyle: 'medium' });
