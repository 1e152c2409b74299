/** For tests of `el.api` and `mount()`'s `api` when no editor answers: the error a call throws. */
import { expect } from 'vitest';

/** What `call` throws (undefined when it returns). */
export function thrown(call: () => unknown): DOMException | undefined {
  try {
    call();
  } catch (e) {
    return e as DOMException;
  }
  return undefined;
}

/** Each of `calls` throws a `DOMException` named `InvalidStateError` whose message matches `message`. */
export function expectInvalidState(calls: readonly (() => unknown)[], message: RegExp): void {
  for (const call of calls) {
    const error = thrown(call);
    expect(error).toBeInstanceOf(DOMException);
    expect(error!.name).toBe('InvalidStateError');
    expect(error!.message).toMatch(message);
  }
}
