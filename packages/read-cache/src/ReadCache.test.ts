import { ReadCache } from './ReadCache';

describe('ReadCache', () => {
  it('answers from memory until the TTL passes, by key', async () => {
    let now = 0;
    const cache = new ReadCache(5000, 500, () => now);
    const load = jest.fn(async () => now);
    expect(await cache.get('a', load)).toBe(0);
    now = 4999;
    expect(await cache.get('a', load)).toBe(0);
    expect(await cache.get('b', load)).toBe(4999);
    now = 5000;
    expect(await cache.get('a', load)).toBe(5000);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('shares one load between concurrent readers', async () => {
    const cache = new ReadCache(5000);
    const load = jest.fn(
      () => new Promise<string>(resolve => setTimeout(() => resolve('x'), 10)),
    );
    expect(
      await Promise.all([cache.get('k', load), cache.get('k', load)]),
    ).toEqual(['x', 'x']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets everything on clear, and never keeps a failure', async () => {
    const cache = new ReadCache(5000);
    let value = 1;
    expect(await cache.get('k', async () => value)).toBe(1);
    value = 2;
    cache.clear();
    expect(await cache.get('k', async () => value)).toBe(2);
    await expect(
      cache.get('bad', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await cache.get('bad', async () => 'up')).toBe('up');
  });

  it('drops everything when full rather than grow', async () => {
    const cache = new ReadCache(5000, 2);
    const load = jest.fn(async () => 'v');
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
