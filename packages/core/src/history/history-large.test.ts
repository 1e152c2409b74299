/**
 * No spread per patch in the history: a command whose result carries hundreds of thousands of patches
 * (here a stand-in for applyCommand) joins an open gesture, undoes and redoes without a RangeError.
 */
import type { Patch } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { newDocument } from '../model/new-document.js';
import type { KringDocument } from '../model/types.js';
import { History } from './history.js';

const COUNT = 300_000;

vi.mock('../commands/apply-command.js', () => ({
  applyCommand: (doc: KringDocument) => {
    // Sets the title to the same value COUNT times: many patches, a document that stays valid.
    const patches: Patch[] = Array.from({ length: COUNT }, () => ({
      op: 'replace',
      path: ['title'],
      value: 'after',
    }));
    const inversePatches: Patch[] = Array.from({ length: COUNT }, () => ({
      op: 'replace',
      path: ['title'],
      value: doc.title,
    }));
    return { ok: true, document: { ...doc, title: 'after' }, patches, inversePatches };
  },
}));

describe('History with very many patches', () => {
  it('gathers 2 × 300,000 patches in a gesture and undoes and redoes them', () => {
    const doc = newDocument({
      focus: 'p',
      title: 'before',
      persons: [{ id: 'p', name: 'P', gender: 'woman' }],
    });
    const history = new History(doc);
    history.beginGesture();
    const command = { type: 'title.set', title: 'after' } as never;
    expect(history.execute(command).ok).toBe(true);
    expect(history.execute(command).ok).toBe(true);
    history.endGesture();
    expect(history.document.title).toBe('after');
    expect(history.undo()).toBe(true);
    expect(history.document.title).toBe('before');
    expect(history.redo()).toBe(true);
    expect(history.document.title).toBe('after');
  });
});
