import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A header line `// $name: what it is` documents one parameter: its name and its type in words. */
const PARAMETER_LINE = /^\/\/\s*\$(\w+):?\s*(.*)$/;

/** Each named query's documented parameters, read from the header comments of its .cypher file. */
export function readQueryHeaders(directory: string): Record<string, Record<string, string>> {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  return Object.fromEntries(
    files.map((file) => {
      const header = readFileSync(join(directory, file), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('//'));
      const parameters = header.flatMap((line) => {
        const match = PARAMETER_LINE.exec(line);
        return match ? [[match[1]!, match[2]!.trim()] as const] : [];
      });
      return [basename(file, '.cypher'), Object.fromEntries(parameters)];
    }),
  );
}

/** The TypeScript module listing every named query and its parameters (checked in, checked for drift). */
export function renderQueryList(directory: string): string {
  const headers = readQueryHeaders(directory);
  const entries = Object.entries(headers).map(([name, parameters]) => {
    const fields = Object.entries(parameters).map(([parameter, doc]) => `    ${parameter}: ${JSON.stringify(doc)},`);
    return fields.length ? `  '${name}': {\n${fields.join('\n')}\n  },` : `  '${name}': {},`;
  });
  return [
    '// Generated from the headers of cypher/queries/*.cypher by `npm run generate`; do not edit.',
    '// A test fails when this file and the .cypher files drift apart.',
    '',
    '/** Every named query, with each parameter its header documents and what that parameter holds. */',
    'export const queryParameters = {',
    ...entries,
    '} as const;',
    '',
    'export type QueryName = keyof typeof queryParameters;',
    '',
  ].join('\n');
}
