import { z } from 'zod';
import { locationSchema, namedRefSchema } from './common';
import { endpoints } from './endpoint';

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

/** The Catalog endpoints: one description each, served by the server and called by the client. */
export const catalogEndpoints = endpoints('Catalog', {
  listSpecialties: {
    method: 'get',
    path: '/specialties',
    summary: 'Every specialty, with how many partners offer and seek it',
    response: specialtyListSchema,
  },
  listAreas: {
    method: 'get',
    path: '/areas',
    summary: 'Every area, with its PAL and partner count',
    response: areaListSchema,
  },
  listPals: {
    method: 'get',
    path: '/pals',
    summary: 'Every PAL, with the area they lead and their expertise',
    response: palListSchema,
  },
});
