import { randomUUID } from 'node:crypto';

/**
 * A new id for something created at run time: a kind prefix (so an id in a log says what it
 * names) and a whole UUID v4, 122 random bits, so two ids never collide in practice.
 * (Eight hex characters, 32 bits, collided often enough to answer 500.)
 */
export const newId = (prefix: string): string => `${prefix}-${randomUUID()}`;
