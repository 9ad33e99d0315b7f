// What other features may use of matches: the side panel's tab.
export { MatchesTab } from './MatchesTab';
