import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths';
import { generatedFiles } from './files';

describe('generated files', () => {
  it('are up to date with their sources (run npm run generate when this fails)', async () => {
    for (const [path, text] of await generatedFiles()) {
      expect(readFileSync(path, 'utf8'), relative(projectRoot, path)).toBe(text);
    }
  });
});
