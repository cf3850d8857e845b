import { describe, expect, it, vi } from 'vitest';
import { lazyFeature } from '../../src/app/features/lazyFeature';

describe('lazyFeature', () => {
  it('loads once, however many callers ask at once or later', async () => {
    const load = vi.fn(async () => ({ name: 'team' }));
    const feature = lazyFeature(load);
    const [a, b] = await Promise.all([feature(), feature()]);
    expect(await feature()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load instead of failing for good', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('loaded');
    const feature = lazyFeature(load);
    await expect(feature()).rejects.toThrow('Failed to fetch');
    expect(await feature()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
