import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { projectRoot } from '../paths';
import { queryListFile, readmeFile } from './files';

/**
 * `npm run generate`: writes the files made from other sources (the named-query list from the
 * .cypher headers, then the README's API table from the routes). `--check` only says which drifted.
 */
const check = process.argv.includes('--check');
let drifted = 0;
const settle = ([path, text]: [string, string]) => {
  if (readFileSync(path, 'utf8') === text) return;
  drifted++;
  if (check) console.error(`${relative(projectRoot, path)} is out of date: run npm run generate`);
  else writeFileSync(path, text);
};
settle(queryListFile());
if (!check || drifted === 0) settle(await readmeFile());
if (check && drifted > 0) process.exit(1);
console.log(check ? 'Generated files are up to date.' : `Wrote ${drifted} generated file(s).`);
