import { describe, expect, it } from 'vitest';
import type { LiveSession } from './repository';
import { sessionCache } from './session-cache';

const session = (userId: string): LiveSession => ({
  actor: { userId, email: `${userId}@example.com`, role: 'partner', partnerId: null },
  csrfToken: 'csrf',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  lastSeenAt: new Date().toISOString(),
  mfa: false,
});

describe('the session cache', () => {
  it('serves a session read moments ago, and forgets it once its time is up', () => {
    let clock = 1_000;
    const cache = sessionCache(2_000, () => clock);
    cache.put('d1', session('u1'), clock);
    expect(cache.get('d1')?.actor.userId).toBe('u1');
    clock += 2_001;
    expect(cache.get('d1')).toBeNull();
  });

  it('never serves a session read before it was ended, even when the racing read is cached after the end', () => {
    let clock = 1_000;
    const cache = sessionCache(2_000, () => clock);
    const readStarted = clock;
    clock += 5;
    cache.endSession('d1'); // sign-out written while the read was in flight
    clock += 5;
    cache.put('d1', session('u1'), readStarted);
    expect(cache.get('d1')).toBeNull();
    // A read that began after the sign-out is trusted (the database said the session lives).
    cache.put('d1', session('u1'), clock);
    expect(cache.get('d1')).not.toBeNull();
  });

  it('drops every session of a user whose rights changed, including one cached by a racing read', () => {
    let clock = 1_000;
    const cache = sessionCache(2_000, () => clock);
    cache.put('laptop', session('u1'), clock);
    cache.put('other', session('u2'), clock);
    const racing = clock;
    clock += 1;
    cache.endUser('u1');
    cache.put('phone', session('u1'), racing);
    expect([cache.get('laptop'), cache.get('phone'), cache.get('other')?.actor.userId]).toEqual([null, null, 'u2']);
  });
});
