import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it: the envelope, and the parsed message. */
export interface ReceivedMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
}

/**
 * A real SMTP server on a free port (no TLS, no auth), keeping every message it accepts. It can be
 * stopped and started again on the same port, as a mail server that goes down and comes back.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let port = 0;
  let server: SMTPServer;

  const open = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        // Going down drops the connections the app's pool keeps open (421) at once, not after 30 s.
        closeTimeout: 50,
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            simpleParser(raw)
              .then((parsed) => {
                received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed, raw });
                callback();
              })
              .catch(callback);
          });
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });

  await open();
  return {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    /** Messages with this address among their envelope recipients. */
    to: (address: string) => received.filter((mail) => mail.envelopeTo.includes(address.toLowerCase()) || mail.envelopeTo.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    restart: open,
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
