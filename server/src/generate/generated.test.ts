import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths';
import { queryListFile, readmeFile } from './files';

describe('generated files (run npm run generate when these fail)', () => {
  it('the named-query list matches the .cypher headers', () => {
    const [path, text] = queryListFile();
    expect(readFileSync(path, 'utf8'), relative(projectRoot, path)).toBe(text);
  });

  it("the README's API table matches the endpoint list", async () => {
    const [path, text] = await readmeFile();
    expect(readFileSync(path, 'utf8'), relative(projectRoot, path)).toBe(text);
  });
});
