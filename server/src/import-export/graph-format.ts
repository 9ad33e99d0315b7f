import type { GraphExport, TaggedValue } from '../contracts/import-export';

/** A property as the export query reads it: its Neo4j type and its value (text for temporals). */
export interface TypedProperty {
  key: string;
  type: string;
  value: unknown;
}

/** Neo4j values as JSON that keeps their type: integers, dates, date-times and points are tagged. */
export function tag({ type, value }: TypedProperty): TaggedValue {
  if (type.startsWith('INTEGER')) return { $int: value as number };
  if (type.startsWith('DATE')) return { $date: value as string };
  if (type.startsWith('ZONED DATETIME')) return { $datetime: value as string };
  if (type.startsWith('POINT')) return { $point: value as { latitude: number; longitude: number } };
  return value as TaggedValue;
}

export const tagged = (properties: TypedProperty[]): Record<string, TaggedValue> =>
  Object.fromEntries([...properties].sort((a, b) => a.key.localeCompare(b.key)).map((property) => [property.key, tag(property)]));

/** What the import query takes: plain values as they are, the rest as text it converts. */
export interface ImportProperties {
  plain: Record<string, unknown>;
  typed: { key: string; type: 'DATE' | 'DATETIME' | 'POINT'; text: string | null; point: { latitude: number; longitude: number } | null }[];
}

export function untag(properties: Record<string, TaggedValue>, toInteger: (value: number) => unknown): ImportProperties {
  const result: ImportProperties = { plain: {}, typed: [] };
  for (const [key, value] of Object.entries(properties)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if ('$int' in value) result.plain[key] = toInteger(value.$int);
      else if ('$date' in value) result.typed.push({ key, type: 'DATE', text: value.$date, point: null });
      else if ('$datetime' in value) result.typed.push({ key, type: 'DATETIME', text: value.$datetime, point: null });
      else result.typed.push({ key, type: 'POINT', text: null, point: value.$point });
    } else {
      result.plain[key] = value;
    }
  }
  return result;
}

/** Nodes and relationships in one stable order, so two exports of the same graph are identical. */
export function inStableOrder(graph: Omit<GraphExport, 'format' | 'exportedAt'>): Omit<GraphExport, 'format' | 'exportedAt'> {
  const key = (value: unknown) => JSON.stringify(value);
  return {
    nodes: [...graph.nodes]
      .map((node) => ({ ...node, labels: [...node.labels].sort() }))
      .sort((a, b) => key([a.labels, a.properties.id]).localeCompare(key([b.labels, b.properties.id]))),
    relationships: [...graph.relationships].sort((a, b) => key([a.type, a.from, a.to, a.properties]).localeCompare(key([b.type, b.from, b.to, b.properties]))),
  };
}
