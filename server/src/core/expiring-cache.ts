/**
 * A per-process cache whose entries expire `ttlMs` after they were set, holding at most `max`
 * (past it the oldest go first). What it promises readers is the TTL: a change made in another
 * process shows here within it; a change made here is `delete`d by the writer at once.
 */
export class ExpiringCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires > Date.now()) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    if (this.ttlMs === 0) return;
    this.entries.delete(key); // re-inserted at the end: Map order is then oldest first
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}

/** One cache per database (each test server has its own), made on first use. */
export function perDatabase<D extends object, C>(make: () => C): (db: D) => C {
  const caches = new WeakMap<D, C>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) caches.set(db, (cache = make()));
    return cache;
  };
}
