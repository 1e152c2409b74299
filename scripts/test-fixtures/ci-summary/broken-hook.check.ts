// A test file that fails before its tests run: collecting it throws.
import { describe, expect, it } from 'vitest';

describe('a suite whose set-up throws', () => {
  throw new Error('set-up failed');
  it('never runs', () => expect(true).toBe(true));
});
