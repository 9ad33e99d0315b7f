import { describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../errors';
import { createCircuit } from './circuit';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fast = { checkEveryMs: 20, probeTimeoutMs: 50, stalledAfterMs: 150 };

describe('the circuit in front of the database', () => {
  it('stays closed on a saturated database: work finishing late, all together, while a probe still answers', async () => {
    const changes: string[] = [];
    const circuit = createCircuit({ ...fast, probe: () => pause(5), onChange: (state) => changes.push(state) });
    try {
      const slow = Array.from({ length: 20 }, () => circuit.run(() => pause(400).then(() => 'done')));
      await expect(Promise.all(slow)).resolves.toEqual(Array(20).fill('done'));
      expect(changes).toEqual([]);
    } finally {
      circuit.stop();
    }
  });

  it('opens on a frozen database (work waiting, nothing finishing, no answer to the probe), cutting off the work with a 503', async () => {
    let frozen = true;
    const circuit = createCircuit({ ...fast, probe: () => (frozen ? new Promise(() => undefined) : Promise.resolve()) });
    try {
      const caught = circuit.run(() => new Promise(() => undefined));
      await expect(caught).rejects.toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(circuit.state).toBe('open');
      await expect(circuit.run(async () => 'never run')).rejects.toMatchObject({ status: 503 });
      frozen = false;
      await pause(100);
      expect(circuit.state).toBe('closed');
      await expect(circuit.run(async () => 'served')).resolves.toBe('served');
    } finally {
      circuit.stop();
    }
  });

  it('opens at once on a refused connection, and a status check that is only late opens nothing', async () => {
    let refusing = false;
    const circuit = createCircuit({ ...fast, probe: () => (refusing ? Promise.reject(databaseUnavailable()) : pause(200)) });
    try {
      expect(await circuit.check()).toEqual({ answered: false, reason: 'not_answering' });
      expect(circuit.state).toBe('closed');
      refusing = true;
      await expect(circuit.run(() => Promise.reject(databaseUnavailable()))).rejects.toMatchObject({ status: 503 });
      expect(circuit.state).toBe('open');
      expect(await circuit.check()).toEqual({ answered: false, reason: 'down' });
    } finally {
      circuit.stop();
    }
  });
});
