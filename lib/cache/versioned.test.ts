import { describe, expect, it } from 'vitest';
import { versionedCache } from './versioned';

describe('versionedCache', () => {
  it('serves a build while the version holds, rebuilds when it moves, never goes back to an older version', async () => {
    const cache = versionedCache<string>(10);
    let builds = 0;
    const build = (label: string) => async () => { builds += 1; return label; };
    expect(await cache.get('a', 1n, build('v1'))).toBe('v1');
    expect(await cache.get('a', 1n, build('other'))).toBe('v1');
    expect(builds).toBe(1);
    expect(await cache.get('a', 2n, build('v2'))).toBe('v2');
    // A request that read version 1 before the write: gets a fresh build, the newer entry stays.
    expect(await cache.get('a', 1n, build('late'))).toBe('late');
    expect(await cache.get('a', 2n, build('other'))).toBe('v2');
    expect(builds).toBe(3);
  });

  it('shares one build between concurrent misses and forgets failed builds', async () => {
    const cache = versionedCache<number>(10);
    let builds = 0;
    let release!: (value: number) => void;
    const slow = () => { builds += 1; return new Promise<number>((resolve) => { release = resolve; }); };
    const readers = Promise.all([cache.get('k', 5n, slow), cache.get('k', 5n, slow), cache.get('k', 5n, slow)]);
    release(42);
    expect(await readers).toEqual([42, 42, 42]);
    expect(builds).toBe(1);
    await expect(cache.get('bad', 5n, async () => { throw new Error('database down'); })).rejects.toThrow('database down');
    expect(await cache.get('bad', 5n, async () => 7)).toBe(7);
  });

  it('keeps at most limit entries, dropping the least recently used', async () => {
    const cache = versionedCache<string>(2);
    await cache.get('a', 1n, async () => 'a');
    await cache.get('b', 1n, async () => 'b');
    await cache.get('a', 1n, async () => 'rebuilt a'); // touch a
    await cache.get('c', 1n, async () => 'c'); // drops b
    expect(await cache.get('a', 1n, async () => 'rebuilt a')).toBe('a');
    expect(await cache.get('b', 1n, async () => 'rebuilt b')).toBe('rebuilt b');
  });
});
