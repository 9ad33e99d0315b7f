/** The ties feature, as other features may use it. */
export { KnowThem } from './KnowThem';
export { TieRequests } from './TieRequests';
