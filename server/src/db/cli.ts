import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { localNeo4jOptions } from './connect';
import { startLocalNeo4j } from './local-neo4j';

/**
 * `npm run db:start` / `npm run db:stop`: the local Neo4j on its own, for people who want it running
 * between app restarts. `npm start` finds it on LOCAL_NEO4J_PORT and uses it instead of starting one.
 */
const config = loadConfigOrExit();
const pidFile = join(dirname(resolve(config.LOCAL_NEO4J_DATA)), 'neo4j.pid');

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}

function runningPid(): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(pidFile, { force: true });
    return null;
  }
}

async function start() {
  const pid = runningPid();
  if (pid) return console.log(`Neo4j already runs (pid ${pid}) on bolt://127.0.0.1:${config.LOCAL_NEO4J_PORT}`);
  const local = await startLocalNeo4j({ ...localNeo4jOptions(config), tiedToParent: false });
  writeFileSync(pidFile, String(local.pid));
  console.log(`Neo4j runs on ${local.uri} (pid ${local.pid}); stop it with npm run db:stop`);
}

async function stop() {
  const pid = runningPid();
  if (!pid) return console.log('No local Neo4j started by db:start is running');
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 60_000; waited += 250) {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
    if (!runningPid()) return console.log('Neo4j stopped');
  }
  process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  console.log('Neo4j did not stop in time and was killed');
}

const command = process.argv[2];
if (command === 'start') await start();
else if (command === 'stop') await stop();
else {
  console.error('usage: tsx server/src/db/cli.ts start|stop');
  process.exit(2);
}
