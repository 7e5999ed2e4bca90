import { describe, expect, it } from 'vitest';
import { CommandRouter } from '../../../renderer/src/app/commandRouter';

describe('CommandRouter', () => {
  it('runs the most recently registered handler and falls back when it unregisters', () => {
    const router = new CommandRouter();
    const calls: string[] = [];
    const offA = router.register('export', () => calls.push('a'));
    const offB = router.register('export', () => calls.push('b'));
    expect(router.dispatch('export')).toBe(true);
    offB();
    router.dispatch('export');
    offA();
    expect(router.dispatch('export')).toBe(false);
    expect(router.dispatch('run-qa')).toBe(false);
    expect(calls).toEqual(['b', 'a']);
  });
});
