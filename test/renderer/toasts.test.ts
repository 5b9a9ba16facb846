import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../renderer/src/store';
import { AUTO_DISMISS_MS } from '../../renderer/src/store/toasts-slice';

const messages = () => useAppStore.getState().toasts.map((toast) => `${toast.kind}:${toast.message}`);

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets success go after about five seconds and keeps errors until dismissed', () => {
    const { pushToast } = useAppStore.getState();
    pushToast('success', 'Saved.');
    const error = pushToast('error', 'Liaison is not responding.');
    expect(AUTO_DISMISS_MS).toBe(5000);
    vi.advanceTimersByTime(4999);
    expect(messages()).toEqual(['success:Saved.', 'error:Liaison is not responding.']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual(['error:Liaison is not responding.']);
    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['error:Liaison is not responding.']);
    useAppStore.getState().dismissToast(error);
    expect(messages()).toEqual([]);
  });

  it('does not stack the same note, and restarts its time', () => {
    const { pushToast } = useAppStore.getState();
    pushToast('success', 'Saved.');
    vi.advanceTimersByTime(3000);
    pushToast('success', 'Saved.');
    pushToast('success', 'Saved.');
    expect(messages()).toEqual(['success:Saved.']);
    vi.advanceTimersByTime(3000);
    expect(messages()).toEqual(['success:Saved.']);
    vi.advanceTimersByTime(2000);
    expect(messages()).toEqual([]);
  });

  it('makes room by dropping passing notes, never an error', () => {
    const { pushToast } = useAppStore.getState();
    pushToast('error', 'First error');
    for (let i = 1; i <= 6; i += 1) pushToast('success', `Saved ${i}.`);
    expect(messages()).toEqual(['error:First error', 'success:Saved 3.', 'success:Saved 4.', 'success:Saved 5.', 'success:Saved 6.']);
    vi.advanceTimersByTime(AUTO_DISMISS_MS);
    expect(messages()).toEqual(['error:First error']);
  });
});
