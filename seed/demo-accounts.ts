import { randomBytes } from 'node:crypto';
import { hashPassword } from '../server/src/auth/passwords';
import { authRepository } from '../server/src/auth/repository';
import type { Role } from '../server/src/contracts/auth';
import type { Database } from '../server/src/db/neo4j';
import { isSampleLoaded } from '../server/src/network/repository';
import { sampleNetwork } from './sample';

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

/** A demo account with the password it was just given: shown once, kept nowhere but in its hash. */
export interface DemoCredentials extends DemoAccount {
  password: string;
}

/** Random, and long enough that nobody guesses it: these accounts are reachable wherever the app is. */
const demoPassword = () => randomBytes(15).toString('base64url');

/** Creates the demo accounts that do not exist yet, each with a new random password. */
export async function ensureDemoAccounts(db: Database): Promise<DemoCredentials[]> {
  const users = authRepository(db);
  const created: DemoCredentials[] = [];
  for (const [index, account] of demoAccounts().entries()) {
    if (await users.byEmail(account.email)) continue;
    const password = demoPassword();
    await users.create({ id: `u-demo-${index + 1}`, ...account, passwordHash: await hashPassword(password), invitationHash: null, invitationSeconds: null });
    created.push({ ...account, password });
  }
  return created;
}

/** New random passwords for the demo accounts that exist and are not disabled (their sessions end). */
export async function resetDemoPasswords(db: Database): Promise<DemoCredentials[]> {
  const users = authRepository(db);
  const reset: DemoCredentials[] = [];
  for (const account of demoAccounts()) {
    const user = await users.byEmail(account.email);
    if (!user || user.disabled) continue;
    const password = demoPassword();
    await users.setPassword(user.id, await hashPassword(password));
    reset.push({ ...account, password });
  }
  return reset;
}

/** The demo accounts that exist in this database (those an admin has not disabled). */
export async function existingDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const users = authRepository(db);
  const found = await Promise.all(demoAccounts().map(async (account) => ((await users.byEmail(account.email))?.disabled === false ? account : null)));
  return found.filter((account): account is DemoAccount => account !== null);
}

/**
 * Demo accounts are made only outside production, only in a database into which the app itself
 * loaded the sample network, and only while it has no account at all: a real community's database
 * (even one whose partner ids look like the sample's) never gets an account nobody chose.
 */
export function demoAccountsAllowed(facts: { production: boolean; sampleLoadedByApp: boolean; accounts: number }): boolean {
  return !facts.production && facts.sampleLoadedByApp && facts.accounts === 0;
}

/** Makes the demo accounts when `demoAccountsAllowed`; returns those made, with their passwords. */
export async function ensureDemoAccountsForSample(db: Database, production: boolean): Promise<DemoCredentials[]> {
  const facts = { production, sampleLoadedByApp: await isSampleLoaded(db), accounts: (await authRepository(db).list()).length };
  return demoAccountsAllowed(facts) ? ensureDemoAccounts(db) : [];
}

/** The banner that shows demo passwords, the one time they are known. */
export function demoCredentialsBanner(accounts: DemoCredentials[]): string {
  const lines = accounts.map((account) => `  ${account.role.padEnd(8)} ${account.email.padEnd(30)} ${account.password}  ${account.who}`);
  return `\nDemo accounts (development only). Their passwords are shown this once; \`npm run demo:passwords\` sets new ones:\n${lines.join('\n')}\n`;
}
