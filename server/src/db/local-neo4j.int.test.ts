import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../paths';
import { isAlive } from '../../../test/support/processes';

const dataDir = mkdtempSync(join(tmpdir(), 'partner-graph-orphan-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the local Neo4j launcher', () => {
  it('leaves no JVM behind when the Node process that started it is killed', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test/support/hold-local-neo4j.ts'), dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      createInterface({ input: holder.stdout! }).on('line', (line) => {
        const match = /^JVM_PID (\d+)/.exec(line);
        if (match) resolve(Number(match[1]));
      });
      holder.once('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
    });
    expect(isAlive(jvmPid)).toBe(true);

    holder.kill('SIGKILL');
    let waited = 0;
    while (isAlive(jvmPid) && waited < 40_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      waited += 250;
    }
    expect(isAlive(jvmPid)).toBe(false);
  }, 120_000);
});
