import { z } from 'zod';
import type { QueryName } from './queries';
import type { Row } from './neo4j';

/**
 * A named query returned rows of a shape its row schema does not accept: a bug in our Cypher or in
 * the schema, never the caller's input, so it answers 500 and names the query and the field.
 */
export class RowShapeError extends Error {
  constructor(query: QueryName, issue: z.core.$ZodIssue | undefined) {
    super(`${query} returned a row its schema refuses at ${issue?.path.join('.') || '(row)'}: ${issue?.message ?? 'unknown'}`);
    this.name = 'RowShapeError';
  }
}

/** Every row of a named query, parsed by its row schema: typed data instead of casts. */
export function parseRows<S extends z.ZodType>(query: QueryName, schema: S, rows: Row[]): z.output<S>[] {
  const parsed = z.array(schema).safeParse(rows);
  if (!parsed.success) throw new RowShapeError(query, parsed.error.issues[0]);
  return parsed.data;
}

/** The first row, parsed, or null when the query returned none. */
export function parseFirstRow<S extends z.ZodType>(query: QueryName, schema: S, rows: Row[]): z.output<S> | null {
  return rows.length === 0 ? null : parseRows(query, schema, rows.slice(0, 1))[0]!;
}

/** One column of every row, parsed: the common shape `RETURN x {…} AS name`. */
export function parseColumn<S extends z.ZodType>(query: QueryName, name: string, schema: S, rows: Row[]): z.output<S>[] {
  return parseRows(query, z.object({ [name]: schema }), rows).map((row) => row[name] as z.output<S>);
}
