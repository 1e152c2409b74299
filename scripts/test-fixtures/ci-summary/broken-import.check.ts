// A test file that fails to load: the module it imports does not exist (built at run time so the typecheck passes).
import { expect, it } from 'vitest';

await import(['./no-such', 'module.js'].join('-'));
it('never runs', () => expect(true).toBe(true));
