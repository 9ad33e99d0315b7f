import { hashPassword } from '../server/src/auth/passwords';
import { authRepository } from '../server/src/auth/repository';
import type { Role } from '../server/src/contracts/auth';
import type { Database } from '../server/src/db/neo4j';
import { catalogRepository } from '../server/src/catalog/repository';
import { sampleNetwork } from './sample';

/** Known to everyone who reads the README: for trying the sample network, never for real data. */
export const DEMO_PASSWORD = 'partner-graph-demo';

export interface DemoAccount {
  email: string;
  role: Role;
  partner: string | null;
  who: string;
}

let demoAccountsOnce: DemoAccount[] | undefined;

/**
 * One account of each role on the sample network: an admin; Priya Shah, the Birmingham PAL; and an
 * unmanaged partner in her area.
 */
export function demoAccounts(): DemoAccount[] {
  // Naming them takes generating the sample network: done once per process, not per caller.
  demoAccountsOnce ??= describeDemoAccounts();
  return demoAccountsOnce;
}

function describeDemoAccounts(): DemoAccount[] {
  const network = sampleNetwork();
  const priya = network.pals[0]!;
  const palIds = new Set(network.pals.map((pal) => pal.partner));
  const partner = network.partners.find((candidate) => candidate.area === priya.area && !palIds.has(candidate.id) && !candidate.managed)!;
  const name = (id: string) => network.partners.find((candidate) => candidate.id === id)!.name;
  const area = (id: string) => network.areas.find((candidate) => candidate.id === id)?.name ?? id;
  return [
    { email: 'admin@partnergraph.example', role: 'admin', partner: null, who: 'an admin' },
    { email: 'priya@partnergraph.example', role: 'pal', partner: priya.partner, who: `${name(priya.partner)}, PAL for ${area(priya.area)}` },
    { email: 'partner@partnergraph.example', role: 'partner', partner: partner.id, who: `${partner.name}, an unmanaged partner in ${area(partner.area)}` },
  ];
}

/** Creates the demo accounts that do not exist yet. */
export async function ensureDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const users = authRepository(db);
  const accounts = demoAccounts();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [index, account] of accounts.entries()) {
    if (await users.byEmail(account.email)) continue;
    await users.create({ id: `u-demo-${index + 1}`, ...account, passwordHash, invitationHash: null, invitationSeconds: null });
  }
  return accounts;
}

/** The demo accounts that exist in this database (those an admin has not disabled). */
export async function existingDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const users = authRepository(db);
  const found = await Promise.all(demoAccounts().map(async (account) => ((await users.byEmail(account.email))?.disabled === false ? account : null)));
  return found.filter((account): account is DemoAccount => account !== null);
}

/**
 * On a database holding the sample network but no account at all (loaded before accounts
 * existed, or by `npm run seed`), the demo accounts are what lets anyone in.
 */
export async function ensureDemoAccountsForSample(db: Database): Promise<void> {
  const users = authRepository(db);
  const [pal] = demoAccounts().filter((account) => account.role === 'pal');
  const sampleLoaded = (await catalogRepository(db).missingPartners([pal!.partner!])).length === 0;
  if (sampleLoaded && (await users.list()).length === 0) await ensureDemoAccounts(db);
}
