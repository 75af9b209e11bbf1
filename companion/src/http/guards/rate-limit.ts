/**
 * A token bucket for the routes people (or attackers) can hammer: pairing and setup writes.
 * One bucket per limiter; the companion serves one person, so there is nothing to key on.
 */
import type { RequestHandler } from 'express';
import type { Clock } from '../../clock.ts';
import { RateLimitedError } from '../../errors/index.ts';

export interface BucketOptions {
  capacity: number;
  refillPerSecond: number;
  now: Clock;
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly now: Clock;

  constructor(private readonly options: BucketOptions) {
    this.now = options.now;
    this.tokens = options.capacity;
    this.updatedAt = this.now();
  }

  /** Takes one token; returns 0 when taken, else the seconds until one is available. */
  take(): number {
    const now = this.now();
    const elapsed = (now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.options.capacity, this.tokens + elapsed * this.options.refillPerSecond);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / this.options.refillPerSecond;
  }
}

export function rateLimit(options: BucketOptions, onlyUnsafe = false): RequestHandler {
  const bucket = new TokenBucket(options);
  return (req, _res, next) => {
    if (onlyUnsafe && (req.method === 'GET' || req.method === 'HEAD')) return next();
    const wait = bucket.take();
    next(wait === 0 ? undefined : new RateLimitedError('RATE_LIMITED', wait));
  };
}
