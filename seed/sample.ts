import type { NetworkRecords } from '../server/src/network/records';
import { generateNetwork, type PalPersona } from './generate';
import { shiftDates, daysUntil } from './shift-dates';

/**
 * The sample community loaded on first start: three UK areas, each led by one PAL, about two hundred
 * partners of every tier (most without an account manager), user groups, past introductions with
 * their outcomes and open questions routed between PALs. Priya in Birmingham is the Office 365
 * expert the other two PALs forward such questions to.
 */
export const samplePersonas: PalPersona[] = [
  { area: 'birmingham', name: 'Priya Shah', company: 'Brindley Cloud Partners', expertIn: ['office-365', 'sharepoint'] },
  { area: 'thames-valley', name: 'Tom Hargreaves', company: 'Loddon Secure IT', expertIn: ['cyber-security', 'cyber-essentials'] },
  { area: 'london', name: 'Amara Okafor', company: 'Thameside Digital', expertIn: ['azure', 'backup-dr'] },
];

export const SAMPLE_PARTNER_COUNT = 210;

/** The day the generated history ends: its meetings after it are the coming ones. */
export const SAMPLE_HISTORY_ENDS = '2026-10-31';

/**
 * The sample network; with `asOf`, its history is moved by whole days to end on that day, so that a
 * newcomer loading it later still finds meetings to register for and recent announcements.
 */
export function sampleNetwork(asOf: Date | null = null): NetworkRecords {
  const network = generateNetwork({ partners: SAMPLE_PARTNER_COUNT, seed: 2024, areas: 3, tiesPerPartner: 3, personas: samplePersonas });
  return asOf ? shiftDates(network, daysUntil(SAMPLE_HISTORY_ENDS, asOf)) : network;
}
