import { expect, test, vi } from 'vitest';
import { createAutosaver } from './autosave.js';

function fakeDocument(): EventTarget & { visibilityState: DocumentVisibilityState } {
  const target = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  target.visibilityState = 'visible';
  return target;
}

test('saves once, after the last of several quick changes', async () => {
  vi.useFakeTimers();
  try {
    const saved: number[] = [];
    const saver = createAutosaver<number>({
      save: async (v) => void saved.push(v),
      onError: () => {},
      delay: 500,
      windowTarget: new EventTarget(),
      documentTarget: fakeDocument(),
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(3);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual([3]);
    saver.dispose();
  } finally {
    vi.useRealTimers();
  }
});

test('pagehide and hiding the tab save at once', async () => {
  const saved: string[] = [];
  const win = new EventTarget();
  const doc = fakeDocument();
  const saver = createAutosaver<string>({
    save: async (v) => void saved.push(v),
    onError: () => {},
    delay: 60_000,
    windowTarget: win,
    documentTarget: doc,
  });
  saver.schedule('a');
  win.dispatchEvent(new Event('pagehide'));
  await saver.flush();
  expect(saved).toEqual(['a']);
  saver.schedule('b');
  doc.visibilityState = 'hidden';
  doc.dispatchEvent(new Event('visibilitychange'));
  await saver.flush();
  expect(saved).toEqual(['a', 'b']);
  expect(saver.pending).toBe(false);
  saver.dispose();
});

test('a failed save reaches onError', async () => {
  const errors: unknown[] = [];
  const saver = createAutosaver<string>({
    save: async () => {
      throw new Error('disk full');
    },
    onError: (e) => errors.push(e),
    windowTarget: new EventTarget(),
    documentTarget: fakeDocument(),
  });
  saver.schedule('x');
  await saver.flush();
  expect(errors).toHaveLength(1);
  expect(String(errors[0])).toContain('disk full');
  saver.dispose();
});
