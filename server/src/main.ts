import { exitOnFailure, serve } from './serve';

// The server as deployed: nothing is loaded into the database and no demo account exists.
// `npm start` runs seed/start.ts instead, which adds the sample network and demo accounts.
serve().catch(exitOnFailure);
