import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.js';

describe('displayName', () => {
  it('shows the name as written, trimmed, or a dash when empty', () => {
    expect(displayName('  Noor Verhoeven ')).toBe('Noor Verhoeven');
    expect(displayName('')).toBe('—');
  });
  it('pseudonymises to initials, leaving out bracketed roles and punctuation', () => {
    expect(displayName('Tilda van der Berg', true)).toBe('T.v.d.B.');
    expect(displayName('Joke (buurvrouw)', true)).toBe('J.');
    expect(displayName('Wim de Jong (opa)', true)).toBe('W.d.J.');
    expect(displayName('"Sam" el-Amrani', true)).toBe('S.e.');
    expect(displayName('(zonder naam)', true)).toBe('—');
    expect(displayName('Özlem Çelik', true)).toBe('Ö.Ç.');
  });
});
