import { describe, expect, it } from 'vitest';
import { ALL_KEYS, BusInvalidatedCache, LocalInvalidationBus, type InvalidationBus } from '../../src/storage/cache-invalidation.js';

/** The in-process bus, whose liveness a test can switch off as a lost Redis connection would. */
function switchableBus(): InvalidationBus & { live: boolean } {
  const local = new LocalInvalidationBus();
  return { live: true, publish: (m) => local.publish(m), subscribe: (l) => local.subscribe(l), close: () => local.close() };
}

const articles = (bus: InvalidationBus, max = 10) => new BusInvalidatedCache<string>(bus, max, (m) => (m.kind === 'article' ? m.id : m.kind === 'lexicon' ? ALL_KEYS : undefined));

describe('BusInvalidatedCache', () => {
  it('drops the entry a message names, and everything on "all" or a key-less match', async () => {
    const bus = switchableBus();
    const cache = articles(bus);
    cache.remember('a', 'A', cache.stamp());
    cache.remember('b', 'B', cache.stamp());
    await bus.publish({ kind: 'article', id: 'a' });
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'B']);
    await bus.publish({ kind: 'audio', key: 'k' });
    expect(cache.get('b')).toBe('B');
    await bus.publish({ kind: 'lexicon' });
    expect(cache.get('b')).toBeUndefined();
    cache.remember('c', 'C', cache.stamp());
    await bus.publish({ kind: 'all' });
    expect(cache.get('c')).toBeUndefined();
  });

  it('does not remember a value read while a message arrived', async () => {
    const bus = switchableBus();
    const cache = articles(bus);
    const stamp = cache.stamp();
    await bus.publish({ kind: 'article', id: 'other' }); // the read may predate this change
    cache.remember('a', 'old', stamp);
    expect(cache.get('a')).toBeUndefined();
  });

  it('serves and keeps nothing while the bus is not live', () => {
    const bus = switchableBus();
    const cache = articles(bus);
    cache.remember('a', 'A', cache.stamp());
    bus.live = false;
    expect(cache.get('a')).toBeUndefined();
    cache.remember('b', 'B', cache.stamp());
    bus.live = true;
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
  });

  it('makes room by dropping the oldest entry, not when a held key is replaced', () => {
    const cache = articles(switchableBus(), 2);
    cache.remember('a', 'A', cache.stamp());
    cache.remember('b', 'B', cache.stamp());
    cache.remember('a', 'A2', cache.stamp());
    expect([cache.get('a'), cache.get('b')]).toEqual(['A2', 'B']);
    cache.remember('c', 'C', cache.stamp());
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
  });
});
