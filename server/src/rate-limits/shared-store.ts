import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { RateLimitRepository } from './repository';

interface Count {
  /** The total of every process, as of the last exchange. */
  shared: number;
  /** Hits here not yet sent, and hits being sent now. */
  pending: number;
  sending: number;
}

/**
 * An express-rate-limit store that counts across app processes: each process counts in memory and,
 * once a second, adds its new hits to the key's shared count in Neo4j and reads the total back. A
 * client spreading requests over several processes is therefore limited as one, at most a second
 * late; within one process the limit holds at once, as with the memory store. A request never waits
 * for the database, and the database sees one write a second per process, not one per request.
 */
export class SharedRateStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private window = -1;
  private counts = new Map<string, Count>();
  private timer: NodeJS.Timeout | undefined;
  private exchanging: Promise<void> | null = null;

  constructor(
    private readonly repository: RateLimitRepository,
    readonly prefix: string,
    private readonly exchangeEveryMs = 1000,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.timer = setInterval(() => void this.exchange(), this.exchangeEveryMs);
    this.timer.unref();
  }

  private current(): number {
    const window = Math.floor(Date.now() / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    return window;
  }

  private resetTime = () => new Date((this.window + 1) * this.windowMs);

  increment(key: string): ClientRateLimitInfo {
    this.current();
    const count = this.counts.get(key) ?? { shared: 0, pending: 0, sending: 0 };
    count.pending++;
    this.counts.set(key, count);
    return { totalHits: count.shared + count.pending + count.sending, resetTime: this.resetTime() };
  }

  get(key: string): ClientRateLimitInfo | undefined {
    this.current();
    const count = this.counts.get(key);
    return count ? { totalHits: count.shared + count.pending + count.sending, resetTime: this.resetTime() } : undefined;
  }

  decrement(key: string): void {
    const count = this.counts.get(key);
    if (count && count.pending > 0) count.pending--;
  }

  resetKey(key: string): void {
    this.counts.delete(key);
  }

  /** Sends the new hits of this window and learns every process's totals; sweeps ended windows. */
  exchange(): Promise<void> {
    this.exchanging ??= this.send().finally(() => {
      this.exchanging = null;
    });
    return this.exchanging;
  }

  private async send(): Promise<void> {
    const window = this.current();
    const counts = this.counts;
    const outgoing = [...counts].filter(([, count]) => count.pending > 0);
    if (outgoing.length === 0) return;
    for (const [, count] of outgoing) {
      count.sending = count.pending;
      count.pending = 0;
    }
    const sharedKey = (key: string) => `${this.prefix}${key}@${window}`;
    try {
      const totals = await this.repository.add(
        outgoing.map(([key, count]) => ({ key: sharedKey(key), hits: count.sending })),
        this.resetTime(),
      );
      for (const [key, count] of outgoing) {
        count.shared = totals.get(sharedKey(key)) ?? count.shared + count.sending;
        count.sending = 0;
      }
      if (window % 5 === 0) await this.repository.sweep(new Date(Date.now() - this.windowMs));
    } catch {
      // The database is away: the hits stay counted here and go with the next exchange.
      for (const [, count] of outgoing) {
        count.pending += count.sending;
        count.sending = 0;
      }
    }
  }

  shutdown(): void {
    clearInterval(this.timer);
  }
}
