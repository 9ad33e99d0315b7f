import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('give back the offset they were made from', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor(undefined)).toBe(0);
  });

  it('refuse forged ones with a 400 naming the cursor, huge offsets included', () => {
    for (const cursor of [
      'eyJvIjoxZTMwMH0',
      forged({ o: 2 ** 60 }),
      forged({ o: -1 }),
      forged({ o: 1.5 }),
      forged({ x: 1 }),
      forged('o'),
      'not base64 !',
      '',
    ]) {
      expect(() => decodeCursor(cursor), cursor).toThrow(expect.objectContaining({ status: 400, field: 'cursor' }));
    }
  });
});
