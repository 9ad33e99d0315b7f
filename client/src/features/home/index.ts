// What the app may use of the homes: the page each role lands on after signing in.
export { HomePage } from './HomePage';
