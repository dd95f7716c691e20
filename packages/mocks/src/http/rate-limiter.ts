/**
 * A token bucket per caller: each caller may make `perSecond` calls per
 * second on average, with bursts up to `perSecond`. Buckets of callers idle
 * for a full refill are dropped, so memory stays bounded by active callers.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private sweptAt = 0;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token from `caller`'s bucket; false when it is empty. */
  tryTake(caller: string): boolean {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(caller) ?? { tokens: this.perSecond, updatedAt: now };
    bucket.tokens = Math.min(
      this.perSecond,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.perSecond,
    );
    bucket.updatedAt = now;
    this.buckets.set(caller, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whether `caller` has a token left, without taking it (and without keeping a bucket for a new caller). */
  hasToken(caller: string): boolean {
    const bucket = this.buckets.get(caller);
    if (!bucket) return true;
    const refilled = bucket.tokens + ((this.now() - bucket.updatedAt) / 1000) * this.perSecond;
    return refilled >= 1;
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 1000) return;
    this.sweptAt = now;
    for (const [caller, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= 1000) this.buckets.delete(caller);
    }
  }
}
