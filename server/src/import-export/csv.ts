import Papa from 'papaparse';
import { z } from 'zod';
import { idSchema, isoDate } from '../contracts/common';
import { phoneSchema, tierSchema, websiteSchema } from '../contracts/partners';
import { badRequest } from '../errors';

export interface Refusal {
  line: number;
  field: string | null;
  message: string;
}

export interface ParsedRow<T> {
  line: number;
  value: T;
}

const csvBoolean = z.enum(['true', 'false', 'yes', 'no', '1', '0', '']).transform((value) => value === 'true' || value === 'yes' || value === '1');
const idList = z
  .string()
  .trim()
  .transform((value) => (value ? value.split(';').map((id) => id.trim()) : []))
  .pipe(z.array(idSchema));
const coordinate = (min: number, max: number) => z.union([z.literal('').transform(() => null), z.coerce.number().min(min).max(max)]);

/** One partner per row; offers and seeks are specialty ids separated by semicolons. */
export const partnerRowSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  company: z.string().trim().min(1).max(160),
  tier: tierSchema.default('community'),
  managed: csvBoolean.default(false),
  city: z.string().trim().min(1).max(120),
  area: idSchema,
  email: z.union([z.literal('').transform(() => null), z.email().max(200)]).prefault(''),
  // The same checks as the API's, so an import cannot store what the API would refuse.
  phone: z.union([z.literal('').transform(() => null), phoneSchema]).prefault(''),
  website: z.union([z.literal('').transform(() => null), websiteSchema]).prefault(''),
  joinedAt: z.union([z.literal('').transform(() => null), isoDate]).prefault(''),
  openToIntroductions: csvBoolean.default(true),
  latitude: coordinate(-90, 90).prefault(''),
  longitude: coordinate(-180, 180).prefault(''),
  offers: idList.prefault(''),
  seeks: idList.prefault(''),
});

export const tieRowSchema = z
  .strictObject({
    from: idSchema,
    to: idSchema,
    strength: z.coerce.number().int().min(1).max(5).default(3),
    since: z.union([z.literal('').transform(() => null), isoDate]).prefault(''),
  })
  .refine((row) => row.from !== row.to, { message: 'a partner cannot know itself', path: ['to'] });

export const attendanceRowSchema = z.strictObject({ meeting: idSchema, partner: idSchema });

/**
 * Reads CSV text with a header row and checks each row against `schema`: returns the good rows and,
 * for each bad one, its line in the file and the field to blame.
 */
export function parseCsv<T>(text: string, schema: z.ZodType<T>): { rows: ParsedRow<T>[]; refused: Refusal[] } {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
  const fatal = parsed.errors.find((error) => error.row === undefined);
  if (fatal) throw badRequest(`csv: ${fatal.message}`, 'csv');
  if (parsed.data.length === 0) throw badRequest('csv: no rows under the header', 'csv');
  const rows: ParsedRow<T>[] = [];
  const refused: Refusal[] = [];
  for (const [index, record] of parsed.data.entries()) {
    const line = index + 2;
    const broken = parsed.errors.find((error) => error.row === index);
    if (broken) {
      refused.push({ line, field: null, message: broken.message });
      continue;
    }
    const result = schema.safeParse(Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value ?? ''])));
    if (result.success) {
      rows.push({ line, value: result.data });
      continue;
    }
    const issue = result.error.issues[0]!;
    const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : issue.path.join('.') || null;
    refused.push({ line, field, message: issue.message });
  }
  return { rows, refused };
}
