import { describe, expect, it } from 'vitest';
import { forgetSucceededKeys, idempotencyKeyFor, outcomeOf, settleIdempotencyKey } from './idempotency';

describe('the Idempotency-Key of a create', () => {
  it('is the same for a double click while the first is under way, and different for another create', () => {
    const first = idempotencyKeyFor('POST /api/questions {"text":"a"}', 0);
    expect(idempotencyKeyFor('POST /api/questions {"text":"a"}', 100)).toBe(first);
    expect(idempotencyKeyFor('POST /api/questions {"text":"b"}', 100)).not.toBe(first);
  });

  it('survives an unanswered attempt, so the retry is recognised', () => {
    const intent = 'POST /api/feedback {"text":"timeout"}';
    const key = idempotencyKeyFor(intent, 0);
    settleIdempotencyKey(intent, outcomeOf(0), 1000);
    expect(idempotencyKeyFor(intent, 5 * 60_000)).toBe(key);
  });

  it('is kept a moment after a success, then a new create of the same body gets a new key', () => {
    const intent = 'POST /api/introductions/x/comments {"text":"thanks"}';
    const key = idempotencyKeyFor(intent, 0);
    settleIdempotencyKey(intent, outcomeOf(201), 500);
    expect(idempotencyKeyFor(intent, 2000)).toBe(key);
    settleIdempotencyKey(intent, outcomeOf(201), 2000);
    expect(idempotencyKeyFor(intent, 60_000)).not.toBe(key);
  });

  it('is new for the same create after another change (register, cancel, register), but kept while one is unanswered', () => {
    const registered = 'POST /api/meetings/m-1/registrations {}';
    const unanswered = 'POST /api/feedback {"text":"slow"}';
    const first = idempotencyKeyFor(registered, 0);
    settleIdempotencyKey(registered, 'succeeded', 100);
    const waiting = idempotencyKeyFor(unanswered, 100);
    settleIdempotencyKey(unanswered, 'unanswered', 200);
    forgetSucceededKeys();
    expect(idempotencyKeyFor(registered, 300)).not.toBe(first);
    expect(idempotencyKeyFor(unanswered, 300)).toBe(waiting);
  });

  it('is dropped after a refusal', () => {
    const intent = 'POST /api/questions {"text":"refused"}';
    const key = idempotencyKeyFor(intent, 0);
    settleIdempotencyKey(intent, outcomeOf(400), 10);
    expect(idempotencyKeyFor(intent, 20)).not.toBe(key);
  });
});
