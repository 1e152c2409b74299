import type { KringDocument } from '@kring/core';
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import type { Scene } from '../types.js';
import { parseStrictXml } from '../test-support/parse-xml.js';
import { emptyScene, familyScene, HOSTILE_STRINGS, hostileScene } from '../test-support/scenes.js';
import { EmbeddedPayloadError, extractDocumentFromSvg } from '@kring/core';
import { stripInvalidXmlChars } from './escape-xml.js';
import { sceneToSvg, SvgExportError, type SvgOptions } from './scene-to-svg.js';

function tinyScene(): Scene {
  return {
    view: 'genogram',
    bounds: { x: -5, y: -5, width: 50, height: 30 },
    background: [],
    edges: [{ id: 'e', kind: 'descent', shapes: [{ type: 'path', d: 'M0 0 L40 0' }] }],
    nodes: [
      {
        id: 'p1',
        kind: 'person',
        x: 0,
        y: 0,
        width: 20,
        height: 20,
        label: 'Ann & Bo',
        shapes: [{ type: 'rect', x: 0, y: 0, width: 20, height: 20 }],
      },
    ],
    overlay: [],
    legend: [],
    description: 'A "tiny" scene',
  };
}

function doc(overrides: Partial<KringDocument> = {}): KringDocument {
  return {
    format: 'kring',
    version: 2,
    title: 'Netwerk van Sophia',
    referenceDate: '2022-03-01',
    focus: 'p1',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    persons: [{ id: 'p1', name: 'Sophia <de> "Vries" & co', gender: 'woman' }],
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [],
    plan: null,
    snapshots: [],
    layouts: {},
    ...overrides,
  };
}

const FONT = 'system-ui, &quot;Segoe UI&quot;, Roboto, &quot;DejaVu Sans&quot;, Arial, sans-serif';

describe('sceneToSvg', () => {
  it('writes the exact document for a tiny scene without title block and legend', () => {
    expect(sceneToSvg(tinyScene(), { locale: 'en', title: false, legend: false })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="98" height="78" viewBox="0 0 98 78" role="img" aria-labelledby="k0 k1" font-family="${FONT}">` +
        '<title id="k0">Network map — Genogram</title>' +
        '<desc id="k1">A "tiny" scene</desc>' +
        '<rect x="0" y="0" width="98" height="78" fill="#ffffff"/>' +
        '<g transform="translate(29 29)">' +
        '<g><path d="M0 0 L40 0" stroke="#1a1a1a" fill="none"/></g>' +
        '<g><title>Ann &amp; Bo</title><rect x="0" y="0" width="20" height="20" stroke="#1a1a1a" fill="none"/></g>' +
        '</g></svg>\n',
    );
  });

  it('writes a title block with title, view and reference date, in the locale', () => {
    const svg = sceneToSvg(tinyScene(), {
      locale: 'nl',
      legend: false,
      documentTitle: 'Netwerk van Sophia',
      referenceDate: '2022-03-01',
    });
    expect(svg).toContain('<title id="k0">Netwerk van Sophia — Genogram</title>');
    expect(svg).toContain(
      '<g transform="translate(24 24)"><g><text x="0" y="20" font-size="20" font-weight="bold" fill="#1a1a1a">Netwerk van Sophia</text>' +
        '<text x="0" y="40" font-size="12" fill="#5c6068">Genogram · peildatum 2022-03-01</text></g></g>',
    );
    // the drawing moves down below the block: 24 + 44 + 16 = 84, minus bounds.y (-5)
    expect(svg).toContain('<g transform="translate(29 89)">');
  });

  it('takes title and reference date from the embedded document when not given', () => {
    const svg = sceneToSvg(tinyScene(), { locale: 'en', legend: false, embedDocument: doc() });
    expect(svg).toContain('>Netwerk van Sophia</text>');
    expect(svg).toContain('>Genogram · reference date 2022-03-01</text>');
  });

  it('leaves the document title out of a pseudonymised export and says names are initials', () => {
    const svg = sceneToSvg(tinyScene(), {
      locale: 'en',
      legend: false,
      documentTitle: 'Netwerk van Sophia',
      pseudonymise: true,
    });
    expect(svg).not.toContain('Sophia');
    expect(svg).toContain('<title id="k0">Network map — Genogram</title>');
    expect(svg).toContain('>Genogram · names shortened to initials</text>');
  });

  it('wraps a long title on at most two lines and widens the sheet for a short drawing', () => {
    const svg = sceneToSvg(emptyScene(), { locale: 'en', documentTitle: 'Word '.repeat(80) });
    const doc = parseStrictXml(svg);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toHaveLength(3);
    expect(texts[1]!.endsWith('…')).toBe(true);
    expect(Number(doc.documentElement!.getAttribute('width'))).toBeGreaterThan(360);
  });

  it('draws the legend to the right of the drawing, with a heading in the locale and one row per entry', () => {
    const svg = sceneToSvg(familyScene(), { locale: 'nl', title: false });
    const doc = parseStrictXml(svg);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts.slice(-5)).toEqual(['Legenda', 'married', 'divorced', 'conflict', 'diabetes']);
    // drawing 240 wide at x 24, gap 32 → legend at x 296; legend = 12 + 40 + 10 + ⌈48 ('divorced') × 1.12⌉ + 12;
    // sheet = 24 + 240 + 32 + 128 + 24
    expect(svg).toContain(
      '<g transform="translate(296 24)"><g><rect x="0.5" y="0.5" width="132" height="153"',
    );
    expect(doc.documentElement!.getAttribute('width')).toBe('453');
    expect(sceneToSvg(familyScene(), { locale: 'en', title: false, legend: false })).not.toContain('Legend');
  });

  it('splits a long legend into columns no taller than the drawing', () => {
    const scene = familyScene();
    scene.legend = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, label: `entry ${i}`, sample: [] }));
    const svg = sceneToSvg(scene, { locale: 'en', title: false });
    const frame =
      /<g transform="translate\(296 24\)"><g><rect x="0.5" y="0.5" width="([\d.]+)" height="([\d.]+)"/.exec(
        svg,
      );
    expect(frame).not.toBeNull();
    expect(Number(frame![2])).toBeLessThanOrEqual(200);
    expect(Number(frame![1])).toBeGreaterThan(2 * 240);
  });

  it('fits onto A4 landscape: size in mm, content scaled into the margins and centred', () => {
    const svg = sceneToSvg(familyScene(), { locale: 'en', fit: 'a4-landscape', title: false, legend: false });
    expect(svg).toContain('width="297mm" height="210mm" viewBox="0 0 297 210"');
    // sheet 288 × 248: limited by the enlargement cap (2 px → 0.52917 mm per unit)
    const m = /<g transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)">/.exec(svg);
    expect(m).not.toBeNull();
    const [tx, ty, s] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(s).toBeCloseTo(0.52917, 5);
    expect(tx + (288 * s) / 2).toBeCloseTo(297 / 2, 1);
    expect(ty + (248 * s) / 2).toBeCloseTo(210 / 2, 1);
  });

  it('scales a large drawing down to the printable area of A3', () => {
    const scene = familyScene();
    scene.bounds = { x: 0, y: 0, width: 4000, height: 1000 };
    const svg = sceneToSvg(scene, { locale: 'en', fit: 'a3-landscape', title: false, legend: false });
    expect(svg).toContain('width="420mm" height="297mm" viewBox="0 0 420 297"');
    const m = /scale\(([\d.]+)\)/.exec(svg);
    expect(4048 * Number(m![1])).toBeCloseTo(400, 1);
  });

  it('is deterministic: same scene and options give the same bytes', () => {
    const options: SvgOptions = { locale: 'nl', fit: 'a4-landscape', embedDocument: doc() };
    expect(sceneToSvg(familyScene(), options)).toBe(sceneToSvg(familyScene(), options));
  });

  it('contains no script, no stylesheet, no external reference', () => {
    for (const svg of [
      sceneToSvg(familyScene(), { locale: 'en' }),
      sceneToSvg(hostileScene(), { locale: 'en' }),
    ]) {
      const doc = parseStrictXml(svg);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(doc.getElementsByTagName('style')).toHaveLength(0);
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|href|url\(/);
    }
  });
});

describe('well-formedness', () => {
  const variants: SvgOptions[] = [
    { locale: 'en' },
    { locale: 'nl', fit: 'a4-landscape' },
    { locale: 'en', fit: 'a3-landscape', title: false, legend: false },
    { locale: 'nl', embedDocument: doc({ title: HOSTILE_STRINGS.join(' ') }) },
  ];
  const scenes = { family: familyScene(), hostile: hostileScene(), empty: emptyScene() };

  it.each(
    Object.entries(scenes).flatMap(([name, scene]) => variants.map((v, i) => [name, i, scene, v] as const)),
  )('%s scene, options %i, parses with a strict XML parser', (_name, _i, scene, options) => {
    expect(() => parseStrictXml(sceneToSvg(scene, options))).not.toThrow();
  });

  it('keeps hostile strings as text: every label comes back (minus forbidden characters) as a node title', () => {
    const doc = parseStrictXml(sceneToSvg(hostileScene(), { locale: 'en' }));
    const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent);
    // a parser reads a CR in content as LF (XML end-of-line handling)
    const read = (s: string) => stripInvalidXmlChars(s).replace(/\r\n?/g, '\n');
    for (const s of HOSTILE_STRINGS) expect(titles).toContain(read(s));
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe(read(HOSTILE_STRINGS.join(' | ')));
  });

  it('puts no user string in an id, class, style or href: ids are k0, k1', () => {
    const doc = parseStrictXml(sceneToSvg(hostileScene(), { locale: 'en' }));
    const all = Array.from(doc.getElementsByTagName('*')) as Element[];
    const ids = all.filter((e) => e.hasAttribute('id')).map((e) => e.getAttribute('id'));
    expect(ids).toEqual(['k0', 'k1']);
    for (const e of all) {
      for (const name of ['class', 'style', 'href', 'xlink:href']) expect(e.hasAttribute(name)).toBe(false);
      expect(e.localName).not.toBe('script');
    }
  });

  it('the parser in use does fail on broken XML (the check can fail)', () => {
    expect(() => parseStrictXml('<svg><title>a & b</title></svg>')).toThrow();
    expect(() => parseStrictXml('<svg><title>\u0001</title></svg>')).toThrow();
    expect(() => parseStrictXml('<svg><title>\uD800</title></svg>')).toThrow();
    expect(() => parseStrictXml('<svg><title>x</svg>')).toThrow();
    expect(() => parseStrictXml('<svg a="<"/>')).toThrow();
    expect(() => parseStrictXml('<svg><title>a &amp; &#38; &#x26; b</title></svg>')).not.toThrow();
  });
});

describe('embedded document', () => {
  it('round-trips through the SVG, hostile strings included', () => {
    const hostile = doc({
      title: HOSTILE_STRINGS.join('\n'),
      persons: [{ id: 'p1', name: HOSTILE_STRINGS.join(''), gender: 'woman' }],
    });
    const svg = sceneToSvg(familyScene(), { locale: 'en', embedDocument: hostile });
    parseStrictXml(svg);
    const json = extractDocumentFromSvg(svg);
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(hostile);
  });

  it('sits in <metadata> between markers with a payload version', () => {
    const svg = sceneToSvg(tinyScene(), { locale: 'en', embedDocument: doc() });
    expect(svg).toContain(
      '<metadata><!-- kring-payload-start --><!-- kring-payload-version:1 -->{&quot;format&quot;'.replace(
        /&quot;/g,
        '"',
      ),
    );
    expect(svg).toContain('&lt;de&gt; \\"Vries\\" &amp; co');
    const metadata = parseStrictXml(svg).getElementsByTagName('metadata')[0]!;
    expect(JSON.parse(metadata.textContent!)).toEqual(doc());
  });

  it('is absent unless asked for', () => {
    const svg = sceneToSvg(tinyScene(), { locale: 'en' });
    expect(svg).not.toContain('<metadata');
    expect(extractDocumentFromSvg(svg)).toBeUndefined();
  });

  it('is refused with pseudonymise, by option or by the scene flag, so names cannot leak', () => {
    expect(() => sceneToSvg(tinyScene(), { locale: 'en', pseudonymise: true, embedDocument: doc() })).toThrow(
      SvgExportError,
    );
    const flagged = { ...tinyScene(), pseudonymised: true };
    try {
      sceneToSvg(flagged, { locale: 'nl', embedDocument: doc() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SvgExportError);
      expect((error as SvgExportError).detail.key).toBe('render.svg.embedPseudonymised');
    }
  });

  it('refuses a payload version it does not know', () => {
    const svg = sceneToSvg(tinyScene(), { locale: 'en', embedDocument: doc() }).replace(
      'payload-version:1',
      'payload-version:7',
    );
    expect(() => extractDocumentFromSvg(svg)).toThrow(EmbeddedPayloadError);
    try {
      extractDocumentFromSvg(svg);
    } catch (error) {
      expect((error as EmbeddedPayloadError).detail).toEqual({
        key: 'read.svgPayloadVersion',
        params: { version: 7, current: 1 },
      });
    }
  });
});
