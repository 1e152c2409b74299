import { describe, expect, it } from 'vitest';
import { escapeXml, stripInvalidXmlChars } from './escape-xml.js';

describe('escapeXml', () => {
  it('escapes & < > in content and leaves quotes alone', () => {
    expect(escapeXml(`a & b <c> "d" 'e'`)).toBe(`a &amp; b &lt;c&gt; "d" 'e'`);
  });

  it('escapes quotes too in attributes, and keeps tabs and line breaks as references', () => {
    expect(escapeXml(`a & "b" 'c' <d>\t\n\r`, { attribute: true })).toBe(
      'a &amp; &quot;b&quot; &#39;c&#39; &lt;d&gt;&#9;&#10;&#13;',
    );
  });

  it('does not double-escape an entity that is already in the input', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps emoji, RTL text and marks intact', () => {
    const text = 'Samira \u200F\u202Eسميرة\u202C 👨‍👩‍👧';
    expect(escapeXml(text)).toBe(text);
  });
});

describe('stripInvalidXmlChars', () => {
  it('removes C0 controls except tab, LF and CR', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(stripInvalidXmlChars(`a${all}b`)).toBe('a\t\n\rb');
  });

  it('removes lone surrogates, U+FFFE and U+FFFF but keeps surrogate pairs', () => {
    expect(stripInvalidXmlChars('x\uD800y\uDC00z\uFFFE\uFFFF😀\uDBFF')).toBe('xyz😀');
  });

  it('keeps DEL and C1 characters, which XML 1.0 allows', () => {
    expect(stripInvalidXmlChars('\u007F\u0085')).toBe('\u007F\u0085');
  });
});
