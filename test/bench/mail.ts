import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../server/src/auth/passwords';
import { authRepository } from '../../server/src/auth/repository';
import { freePort, startLocalNeo4j } from '../../server/src/db/local-neo4j';
import { createDatabase } from '../../server/src/db/neo4j';
import { applySchema } from '../../server/src/db/schema';
import { createLogger } from '../../server/src/logger';
import { mailRepository } from '../../server/src/mail/repository';
import { mailSender } from '../../server/src/mail/sender';
import { smtpTransport } from '../../server/src/mail/transport';
import { notificationRepository } from '../../server/src/notifications/repository';
import { notificationService } from '../../server/src/notifications/service';
import { startSmtpServer } from '../support/smtp';

/**
 * npm run bench:mail — 1,000 notifications e-mailed at once (100 accounts, ten announcements each)
 * through the app's own queue and sender to a local SMTP server, on a throwaway Neo4j. Twice: with
 * the server up, then with it stopped a third of the way through and started again OUTAGE_SECONDS
 * (5) later, the sender retrying on its own back-off. Prints how long queueing and delivery took
 * and what the server received: every message once, none lost, none doubled.
 */
const ACCOUNTS = 100;
const EVENTS_PER_RUN = 10;
const outageSeconds = Number(process.env.OUTAGE_SECONDS ?? 5);
const folder = mkdtempSync(join(tmpdir(), 'partner-graph-mail-'));
const password = 'bench-mail-password';
const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir: join(folder, 'data'), password });
const db = createDatabase({ uri: neo4j.uri, user: 'neo4j', password });
await applySchema(db);

const smtp = await startSmtpServer();
const mail = mailRepository(db);
const notifications = notificationRepository(db);
const service = notificationService(notifications, mail, { publicUrl: 'http://localhost:3000', digestHour: 8 });

// Accounts that chose "e-mail at once" for announcements; one password hash for all, argon2 is slow on purpose.
const passwordHash = await hashPassword('bench-mail-account');
const users = Array.from({ length: ACCOUNTS }, (_, n) => ({ id: `u-bench-mail-${n}`, email: `reader-${n}@bench.invalid` }));
for (const user of users) {
  await authRepository(db).create({ ...user, role: 'admin', partner: null, passwordHash, invitationHash: null, invitationSeconds: null });
  await notifications.setPreferences(user.id, { announcement: 'email' }, undefined);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The distinct Message-IDs the server took of one run's messages, and how many it took in all. */
const receivedOf = (run: string) => {
  const ours = smtp.received.filter((received) => received.parsed.subject?.includes(run));
  return { messages: ours.length, distinct: new Set(ours.map((received) => received.parsed.messageId)).size };
};

async function run(name: string, withOutage: boolean) {
  const total = ACCOUNTS * EVENTS_PER_RUN;
  const queueStarted = performance.now();
  for (let event = 0; event < EVENTS_PER_RUN; event += 1) {
    await service.notify({
      kind: 'announcement',
      audience: { users: users.map((user) => user.id) },
      title: `${name}: announcement ${event + 1}`,
      body: 'A message from the vendor, for every reader.',
      link: '/community',
    });
  }
  const queuedMs = performance.now() - queueStarted;
  const queued = await mail.queued();

  const sender = mailSender(mail, smtpTransport(smtp.url), { from: 'Partner Graph <bench@bench.invalid>', pollMs: 200 }, createLogger('error'));
  const sendStarted = performance.now();
  let outage: { stoppedAfter: number; restartedAt: number } | null = null;
  sender.start();
  while (receivedOf(name).distinct < total) {
    if (withOutage && !outage && receivedOf(name).messages >= total / 3) {
      outage = { stoppedAfter: receivedOf(name).messages, restartedAt: 0 };
      await smtp.stop();
      await pause(outageSeconds * 1000);
      await smtp.restart();
      outage.restartedAt = performance.now() - sendStarted;
    }
    await pause(50);
  }
  const deliveredMs = performance.now() - sendStarted;
  // A last look, in case a message is on its way twice.
  await pause(1000);
  await sender.stop();
  const { messages, distinct } = receivedOf(name);
  return {
    'notifications queued': `${total} in ${seconds(queuedMs)} (${Math.round(total / (queuedMs / 1000))}/s)`,
    'mail waiting in the queue': queued,
    'SMTP server stopped': outage ? `after ${outage.stoppedAfter} messages, for ${outageSeconds} s` : '-',
    'all delivered in': seconds(deliveredMs),
    rate: `${Math.round(total / (deliveredMs / 1000))} messages/s`,
    'received (distinct Message-IDs)': distinct,
    lost: total - distinct,
    doubled: messages - distinct,
    'left in the queue': await mail.queued(),
  };
}

const steady = await run('steady', false);
const interrupted = await run('interrupted', true);

console.log(`\nMail benchmark — ${ACCOUNTS * EVENTS_PER_RUN} notifications by e-mail to a local SMTP server, throwaway Neo4j\n`);
console.table({ 'SMTP up throughout': steady, [`SMTP down ${outageSeconds} s mid-run`]: interrupted });
console.log('A message that fails waits 30 s before its first retry (doubling to at most an hour): the second run shows that wait.');

await smtp.stop();
await db.close();
await neo4j.stop();
rmSync(folder, { recursive: true, force: true });
