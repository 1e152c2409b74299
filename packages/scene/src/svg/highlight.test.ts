import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { familyScene, HOSTILE_STRINGS } from '../test-support/scenes.js';
import { parseStrictXml } from '../test-support/parse-xml.js';
import { DIMMED_OPACITY } from './highlight.js';
import { sceneToSvg } from './scene-to-svg.js';

/** The `<g>` elements of the drawing that carry a `<title>`, i.e. the nodes, by their title. */
function nodeGroups(svg: string): Map<string, Element> {
  const doc = parseStrictXml(svg);
  const out = new Map<string, Element>();
  const groups = doc.getElementsByTagName('g');
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const title = g.getElementsByTagName('title')[0];
    if (title && title.parentNode === g) out.set(title.textContent ?? '', g);
  }
  return out;
}

const texts = (svg: string) => {
  const list = parseStrictXml(svg).getElementsByTagName('text');
  return Array.from({ length: list.length }, (_, i) => list[i]!.textContent ?? '');
};

describe('an exported highlight', () => {
  const highlight = { dimmed: ['p-dad'], label: 'de familielijn van Sophia (2 van 3)' };

  it('greys out the dimmed symbols and every line with a dimmed end, nothing else', () => {
    const svg = sceneToSvg(familyScene(), { locale: 'nl', highlight });
    const nodes = nodeGroups(svg);
    expect(nodes.get('Jan de Vries')!.getAttribute('opacity')).toBe(String(DIMMED_OPACITY));
    expect(nodes.get('Sophia')!.hasAttribute('opacity')).toBe(false);
    expect(nodes.get('Fatima el Amrani')!.hasAttribute('opacity')).toBe(false);
    // The partnership and the emotional line end at the father; the descent line has no ends.
    expect(svg.match(new RegExp(`<g opacity="${DIMMED_OPACITY}">`, 'g'))).toHaveLength(3);
  });

  it('says in the legend what stays in full colour and that the rest is greyed out', () => {
    // Legend labels wrap onto several lines: read them as one text.
    const nl = texts(sceneToSvg(familyScene(), { locale: 'nl', highlight })).join(' ');
    expect(nl).toContain('In kleur: de familielijn van Sophia (2 van 3)');
    expect(nl).toContain('Grijs: alle anderen (staan er nog wel op)');
    const en = texts(sceneToSvg(familyScene(), { locale: 'en', highlight })).join(' ');
    expect(en).toContain('Greyed out: everyone else (still on the map)');
  });

  it('changes nothing without a highlight or an insight block', () => {
    const plain = sceneToSvg(familyScene(), { locale: 'en' });
    expect(sceneToSvg(familyScene(), { locale: 'en', highlight: undefined })).toBe(plain);
    expect(plain).not.toContain('opacity="0.2"');
  });
});

describe('an exported insight block', () => {
  it('sits below the legend with its heading and every line, wrapped but never cut', () => {
    const long = 'Steun gaat vooral één kant op: 16 keer ontvangen, 5 keer gegeven, en dat is heel erg veel';
    const svg = sceneToSvg(familyScene(), {
      locale: 'nl',
      insight: { heading: 'Inzicht', lines: ['Netwerk: 3 personen', long] },
    });
    const all = texts(svg);
    expect(all).toContain('Inzicht');
    expect(all).toContain('Netwerk: 3 personen');
    expect(all.join(' ')).toContain('16 keer ontvangen');
    expect(all.join(' ').replace(/\s+/g, ' ')).toContain('heel erg veel');
    // The sheet grows to hold it: taller than without.
    const height = (s: string) => Number(/height="([\d.]+)"/.exec(s)![1]);
    expect(height(svg)).toBeGreaterThan(height(sceneToSvg(familyScene(), { locale: 'nl' })));
  });

  it('stays well-formed with hostile text, and is left out when it has no lines', () => {
    for (const text of HOSTILE_STRINGS) {
      parseStrictXml(
        sceneToSvg(familyScene(), {
          locale: 'en',
          insight: { heading: text, lines: [text] },
          highlight: { dimmed: [text], label: text },
        }),
      );
    }
    expect(sceneToSvg(familyScene(), { locale: 'en', insight: { heading: 'Insight', lines: [] } })).toBe(
      sceneToSvg(familyScene(), { locale: 'en' }),
    );
  });
});
