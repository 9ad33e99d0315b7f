import { healthSchema, type Health } from '@contracts/health';
import { ApiError, getJson } from '../../lib/api';

/** The health answer, also when the database is down (the API says so with a 503). */
export async function getHealth(signal?: AbortSignal): Promise<Health | null> {
  try {
    return await getJson('/api/health', healthSchema, signal);
  } catch (error) {
    if (error instanceof ApiError && error.databaseDown) {
      return { status: 'unavailable', version: '', database: { status: 'down', latencyMs: null } };
    }
    return null;
  }
}
