import { z } from 'zod';

/**
 * Shared with the client: no server imports here. These are the API's words.
 */

/** Our own stable string ids: letters, digits, `-` and `_`. */
export const idSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'an id of letters, digits, - and _ (at most 80)')
  .meta({ example: 'p-0042' });

export const limitSchema = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** The page cursor of every paged list: handed back as it was given. */
export const cursorQuery = { cursor: z.string().max(200).optional().meta({ description: 'nextCursor from the previous page' }) };

/** Query-string booleans arrive as text. */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

export const isoDate = z.iso.date().meta({ example: '2024-03-01' });
export const isoDateTime = z.iso.datetime({ offset: true });

export const locationSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .meta({ id: 'Location' });

export const namedRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'NamedRef' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'invalid_input' }),
      message: z.string(),
      field: z.string().optional().meta({ description: 'The input to blame, when one is' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorResponse = z.infer<typeof errorSchema>;

/** A body that may name the partner something is done for: yourself when left out (admins may name anyone). */
export const asPartnerSchema = z
  .strictObject({ partner: idSchema.optional().meta({ description: 'Yourself when left out; an admin may name anyone' }) })
  .meta({ id: 'AsPartner' });

/** The path parameters of every route that names one thing by its id. */
export const idParams = z.strictObject({ id: idSchema });
