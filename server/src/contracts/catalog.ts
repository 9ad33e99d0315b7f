import { z } from 'zod';
import { locationSchema, namedRefSchema } from './common';

export const specialtySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    category: z.string(),
    offeredBy: z.number().int(),
    soughtBy: z.number().int(),
  })
  .meta({ id: 'Specialty' });

export const areaSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    region: z.string(),
    center: locationSchema.nullable(),
    pal: namedRefSchema.nullable(),
    partnerCount: z.number().int(),
  })
  .meta({ id: 'Area' });

export const palSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string(),
    area: namedRefSchema.nullable(),
    expertIn: z.array(namedRefSchema),
    knowsCount: z.number().int(),
  })
  .meta({ id: 'Pal' });

export const specialtyListSchema = z.object({ items: z.array(specialtySchema) });
export const areaListSchema = z.object({ items: z.array(areaSchema) });
export const palListSchema = z.object({ items: z.array(palSchema) });

export type Specialty = z.infer<typeof specialtySchema>;
export type Area = z.infer<typeof areaSchema>;
export type Pal = z.infer<typeof palSchema>;
