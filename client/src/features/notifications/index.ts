// What other features and the app may use of notifications: the bell, the pages, the preferences.
export { NotificationBell } from './NotificationBell';
export { NotificationPreferences } from './NotificationPreferences';
export { NotificationsPage } from './NotificationsPage';
export { UnsubscribePage } from './UnsubscribePage';
