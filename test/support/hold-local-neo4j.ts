import { freePort, startLocalNeo4j } from '../../server/src/db/local-neo4j';

/**
 * Starts a local Neo4j tied to this process, prints the JVM's pid and waits forever: the test that
 * runs this kills it to prove that the JVM does not outlive it.
 */
const dataDir = process.argv[2]!;
const local = await startLocalNeo4j({ port: await freePort(), dataDir, password: 'hold-it-open', heap: '192m', pageCache: '16m' });
console.log(`JVM_PID ${local.pid}`);
setInterval(() => undefined, 60_000);
