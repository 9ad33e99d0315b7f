import type { Logger } from '../logger';
import type { MailRepository } from './repository';
import type { MailTransport } from './transport';

export interface MailSenderOptions {
  /** The From of every message (MAIL_FROM). */
  from: string;
  /** How many messages one round claims. */
  batchSize?: number;
  /** How long a claim lasts: a sender that dies leaves its messages to another after this. */
  claimSeconds?: number;
  /** How often the queue is looked at. */
  pollMs?: number;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 3_600_000;

/** Waits 30 s after the first failure, doubling each time, never more than an hour: mail is delayed, never dropped. */
export const retryDelayMs = (attempts: number): number => Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);

/** What an outbox may show of a failure: the server's answer, never the URL (which may hold a password). */
function describeFailure(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as { code?: string; responseCode?: number; message?: string };
  const said = (message ?? 'unknown error').replace(/[a-z]+s?:\/\/\S+/gi, '[server]');
  return [code, responseCode, said].filter(Boolean).join(' ').slice(0, 300);
}

/**
 * Sends what the queue holds, in rounds: claim a batch, send each, mark it sent with its Message-ID
 * or leave it for later with the reason. A crash after the SMTP server took a message and before it
 * is marked sent sends it again once its claim runs out (the same Message-ID, so most mail systems
 * show one); the window is one message's round trip to the database.
 */
export function mailSender(mail: MailRepository, transport: MailTransport, options: MailSenderOptions, logger?: Logger) {
  const batchSize = options.batchSize ?? 25;
  const claimSeconds = options.claimSeconds ?? 120;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<unknown> | null = null;

  async function sendOne(message: Awaited<ReturnType<MailRepository['claim']>>[number], now: Date): Promise<boolean> {
    try {
      const messageId = await transport.send({ ...message, from: options.from });
      await mail.markSent(message.id, messageId);
      return true;
    } catch (error) {
      const reason = describeFailure(error);
      logger?.warn({ mail: message.id, attempts: message.attempts, reason }, 'mail not sent; it will be tried again');
      await mail.retryLater(message.id, new Date(now.getTime() + retryDelayMs(message.attempts)), reason);
      return false;
    }
  }

  /**
   * One round over everything due at `now` (or only what goes to `addresses`: tests share one
   * database); resolves with how many were sent and how many must wait.
   */
  async function sendDue(now = new Date(), addresses: string[] | null = null): Promise<{ sent: number; waiting: number }> {
    let sent = 0;
    let waiting = 0;
    for (;;) {
      const batch = await mail.claim(now, batchSize, claimSeconds, addresses);
      // A batch goes out together: the transport's pool bounds how many are with the server at once.
      const outcomes = await Promise.all(batch.map((message) => sendOne(message, now)));
      sent += outcomes.filter(Boolean).length;
      waiting += outcomes.length - outcomes.filter(Boolean).length;
      if (batch.length < batchSize) return { sent, waiting };
    }
  }

  function tick() {
    if (round) return;
    round = sendDue()
      .catch((error: unknown) => logger?.warn({ err: error }, 'mail round failed; the next one tries again'))
      .finally(() => {
        round = null;
      });
  }

  return {
    kind: transport.kind,
    sendDue,
    /** Looks at the queue now rather than at the next poll (after a request queued mail); only once started. */
    wake: () => {
      if (timer) tick();
    },
    start() {
      timer ??= setInterval(tick, options.pollMs ?? 2000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await round;
      transport.close();
    },
  };
}

export type MailSender = ReturnType<typeof mailSender>;
