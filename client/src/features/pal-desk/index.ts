// What other features may use of the PAL desk: the side panel's tab.
export { PalDesk } from './PalDesk';
