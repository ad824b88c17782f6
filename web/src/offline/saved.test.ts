import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('the saved answers', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('are kept per person with the time they were saved', async () => {
    const { save, load } = await import('./saved');
    save('pete', 'my-shifts', [1, 2], new Date('2026-12-01T10:00:00Z'));
    expect(load('pete', 'my-shifts')).toEqual({ savedAt: '2026-12-01T10:00:00.000Z', data: [1, 2] });
    expect(load('tiina', 'my-shifts')).toBeUndefined();
  });

  it('are all forgotten at sign-out, and an answer arriving afterwards is not saved', async () => {
    const { save, savedKeys, forgetEverythingSaved } = await import('./saved');
    save('pete', 'my-shifts', [1]);
    save('tiina', 'my-payments', [2]);
    localStorage.setItem('vt.lang', 'sv');
    await forgetEverythingSaved();
    save('pete', 'my-payments', [3]);
    expect(savedKeys()).toEqual([]);
    expect(localStorage.getItem('vt.lang')).toBe('sv');
  });
});
