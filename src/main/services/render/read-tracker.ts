/**
 * Records which parts of the workspace a template reads while it renders, so a cached PDF can be
 * reused exactly when none of them changed.
 *
 * Why record instead of declaring: a hand-written list of "fields this form prints" goes stale the
 * day a template starts printing one more field, and then a printed application silently shows old
 * data. A Proxy sees every property read, `in` test and key listing the template really makes
 * (including those inside filter/map/find/Object.entries/JSON.stringify), whatever code it calls.
 */

/** One observation: what kind of access, the property path from the root, and what was seen. */
export type Read = readonly [kind: 'get' | 'has' | 'keys', path: readonly string[], seen: string];

/** What a value looked like when read: primitives in full, objects only by shape (their reads are recorded too). */
function summary(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value}:${value.toString()}`;
    case 'symbol':
      return `y${value.toString()}`;
    default:
      // object, function, undefined: objects are compared through the reads made inside them.
      return typeof value;
  }
}

function keysOf(target: object): string {
  return JSON.stringify(Reflect.ownKeys(target).map((k) => (typeof k === 'symbol' ? String(k) : k)));
}

export class ReadTracker {
  readonly #reads = new Map<string, Read>();
  readonly #proxies = new WeakMap<object, object>();

  /** The root to hand to the template in place of the real value. */
  track<T extends object>(root: T): T {
    return this.#wrap(root, []);
  }

  /** Every distinct read so far. */
  get reads(): Read[] {
    return [...this.#reads.values()];
  }

  #note(kind: Read[0], path: readonly string[], seen: string): void {
    const id = `${kind}\u0000${path.join('\u0000')}`;
    if (!this.#reads.has(id)) this.#reads.set(id, [kind, path, seen]);
  }

  #wrap<T extends object>(target: T, path: readonly string[]): T {
    // One proxy per object, so identity checks (===, includes, Set) behave as on the real data.
    const known = this.#proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        const value: unknown = Reflect.get(t, prop, receiver);
        // Symbols (iterators) and inherited methods (Array.prototype.filter) are code, not data.
        if (typeof prop === 'symbol' || (typeof value === 'function' && !Object.hasOwn(t, prop)))
          return value;
        const at = [...path, prop];
        this.#note('get', at, summary(value));
        return typeof value === 'object' && value !== null ? this.#wrap(value, at) : value;
      },
      has: (t, prop) => {
        const result = Reflect.has(t, prop);
        if (typeof prop !== 'symbol') this.#note('has', [...path, prop], String(result));
        return result;
      },
      ownKeys: (t) => {
        this.#note('keys', path, keysOf(t));
        return Reflect.ownKeys(t);
      },
    });
    this.#proxies.set(target, proxy);
    return proxy;
  }
}

/** True when every recorded read gives the same answer on root as it did when recorded. */
export function readsStillHold(reads: readonly Read[], root: unknown): boolean {
  for (const [kind, path, seen] of reads) {
    let parent: unknown = root;
    const last = kind === 'keys' ? undefined : path.at(-1);
    const walk = kind === 'keys' ? path : path.slice(0, -1);
    for (const key of walk) {
      if (typeof parent !== 'object' || parent === null) return false;
      parent = (parent as Record<string, unknown>)[key];
    }
    if (typeof parent !== 'object' || parent === null) return false;
    if (kind === 'keys') {
      if (keysOf(parent) !== seen) return false;
    } else if (kind === 'has') {
      if (String(Reflect.has(parent, last ?? '')) !== seen) return false;
    } else if (summary((parent as Record<string, unknown>)[last ?? '']) !== seen) {
      return false;
    }
  }
  return true;
}
