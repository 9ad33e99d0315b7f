import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { mayRetry, retryDelay } from './queries';

describe('which failed reads are tried again', () => {
  const busy = new ApiError(429, 'too_many_at_once', 'At most 4 of these at once');

  it('tries a 429 (too many costly reads at once) again after a second, then two, and gives up after that', () => {
    expect([mayRetry(0, busy), mayRetry(1, busy), mayRetry(2, busy)]).toEqual([true, true, false]);
    expect([retryDelay(0, busy), retryDelay(1, busy)]).toEqual([1000, 2000]);
  });

  it('never tries another 4xx again, which would answer the same, but does a 5xx or a lost connection', () => {
    expect(mayRetry(0, new ApiError(404, 'not_found', 'No partner'))).toBe(false);
    expect(mayRetry(0, new ApiError(400, 'invalid_input', 'depth'))).toBe(false);
    expect(mayRetry(0, new ApiError(503, 'database_unavailable', 'down'))).toBe(true);
    expect(mayRetry(0, new ApiError(0, 'network', 'unreachable'))).toBe(true);
    expect(retryDelay(0, new ApiError(503, 'database_unavailable', 'down'))).toBe(500);
  });
});
