import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../paths';

/**
 * Starts Neo4j Community embedded in a JVM of its own (db/Launcher.java over the jars Maven fetched
 * into db/lib). See docs/decisions/0001-local-neo4j-from-maven.md for why it is done this way.
 */
export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  password: string;
  heap?: string;
  pageCache?: string;
  /** Exit when this Node process goes away, however it goes (default true). */
  tiedToParent?: boolean;
  readyTimeoutMs?: number;
  onLog?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Settles when the JVM exits, however it ends (stopped, killed, crashed). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const dbFolder = join(projectRoot, 'db');
const jarFolder = join(dbFolder, 'lib');

/** Java 17 closes these packages by default; Neo4j 5 needs them open. */
const jvmOpens = ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch', 'java.base/java.lang'].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);

/** Copies the Neo4j jars from Maven Central (through the local Maven cache) when they are not there. */
export function ensureNeo4jJars(log: (line: string) => void = () => undefined): void {
  if (existsSync(jarFolder) && readdirSync(jarFolder).some((file) => file.startsWith('neo4j-kernel'))) return;
  log('Fetching Neo4j Community jars with Maven (first run only)…');
  const result = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', join(dbFolder, 'pom.xml'), 'dependency:copy-dependencies'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new Error(`Could not run Maven (is it installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Maven could not fetch the Neo4j jars (exit code ${result.status})`);
}

export function launcherCommand(options: LocalNeo4jOptions): { command: string; args: string[] } {
  const args = [
    `-Xms64m`,
    `-Xmx${options.heap ?? '384m'}`,
    '-XX:+ExitOnOutOfMemoryError',
    ...jvmOpens,
    '-cp',
    `${jarFolder}/*`,
    join(dbFolder, 'Launcher.java'),
    '--port',
    String(options.port),
    '--data',
    resolve(options.dataDir),
    '--pagecache',
    options.pageCache ?? '128m',
  ];
  if (options.tiedToParent !== false) args.push('--watch-stdin');
  return { command: 'java', args };
}

/** Starts the JVM and resolves once Neo4j accepts Bolt connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureNeo4jJars(options.onLog);
  mkdirSync(options.dataDir, { recursive: true });
  const { command, args } = launcherCommand(options);
  const tied = options.tiedToParent !== false;
  const child = spawn(command, args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    // A pipe on stdin ties the JVM's life to ours: when this process dies the pipe closes and the
    // launcher exits. A detached database gets no stdin at all.
    stdio: [tied ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    detached: !tied,
  });
  const exited = new Promise<void>((settle) => child.once('exit', () => settle()));
  const uri = await waitForReady(child, options);
  if (!tied) {
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
  }
  return { uri, pid: child.pid!, exited, stop: () => stopProcess(child) };
}

function waitForReady(child: ChildProcess, options: LocalNeo4jOptions): Promise<string> {
  const timeoutMs = options.readyTimeoutMs ?? 180_000;
  const errors: string[] = [];
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000}s\n${errors.slice(-20).join('\n')}`));
    }, timeoutMs);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      errors.push(line);
      options.onLog?.(line);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^NEO4J_READY (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      } else {
        options.onLog?.(line);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Java (is Java 17 installed?): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready\n${errors.slice(-20).join('\n')}`));
    });
  });
}

/** SIGTERM lets the launcher's shutdown hook close the store cleanly; SIGKILL only if it hangs. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** A port nothing listens on right now, for a throwaway instance. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port'))));
    });
  });
}
