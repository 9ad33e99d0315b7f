/** The announcements feature, as other features may use it. */
export { Announcements } from './Announcements';
