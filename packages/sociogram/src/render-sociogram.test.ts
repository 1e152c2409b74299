import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KringDocument, SectorPreset } from '@kring/core';
import type { Scene, SceneNode } from '@kring/scene';
import { syntheticNetwork } from '@kring/examples/synthetic';
import { renderSociogram } from './render-sociogram.js';
import { collectAlters } from './alters.js';
import { BADGE_R } from './alter-glyph.js';
import { documentWith } from './test-support/documents.js';

const centre = (n: SceneNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
const node = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === id)!;

/** Ring radii and sector count read back from the background: ring circles are the stroked `ring` circles. */
function ringsOf(scene: Scene): number[] {
  return scene.background
    .filter((s) => s.type === 'circle' && s.stroke === 'ring')
    .map((s) => (s.type === 'circle' ? s.r : 0))
    .sort((a, b) => a - b);
}

/** Where each sector starts, clockwise from 12 o'clock in degrees, read from the drawn dividers. */
function sectorStarts(scene: Scene, focusId: string): number[] {
  const focus = centre(node(scene, focusId));
  return scene.background.flatMap((s) => {
    if (s.type !== 'path' || s.stroke !== 'sector') return [];
    const [x, y] = s.d.match(/-?[\d.]+/g)!.map(Number);
    const a = ((((Math.atan2(y! - focus.y, x! - focus.x) * 180) / Math.PI + 90) % 360) + 360) % 360;
    return [a > 359.9 ? 0 : a];
  });
}

function polar(scene: Scene, id: string, focusId = 'f') {
  const focus = centre(node(scene, focusId));
  const p = centre(node(scene, id));
  const dx = p.x - focus.x;
  const dy = p.y - focus.y;
  // Clockwise from 12 o'clock, 0..360.
  const angle = ((((Math.atan2(dy, dx) * 180) / Math.PI + 90) % 360) + 360) % 360;
  return { rho: Math.hypot(dx, dy), angle };
}

const three = documentWith({
  persons: [
    { id: 'a', name: 'Annie', gender: 'woman' },
    { id: 'b', name: 'Bram', gender: 'man' },
  ],
  organisations: [{ id: 'o', name: 'Wijkteam', category: 'social_services' }],
  ties: [
    {
      id: 't1',
      from: 'f',
      to: 'a',
      ring: 1,
      sector: 'family',
      support: [
        { type: 'emotional', direction: 'received' },
        { type: 'companionship', direction: 'given' },
      ],
    },
    {
      id: 't2',
      from: 'f',
      to: 'b',
      ring: 2,
      sector: 'friends',
      support: [
        { type: 'companionship', direction: 'received' },
        { type: 'practical', direction: 'given', potential: true },
      ],
    },
    { id: 't3', from: 'o', to: 'f' },
    { id: 't4', from: 'a', to: 'b', strength: 3 },
  ],
  plan: { goal: 'x', actionTeam: ['a'], invitees: [], actions: [] },
});

describe('renderSociogram on three alters', () => {
  const scene = renderSociogram(three, { locale: 'nl' });

  it('puts the focus exactly in the centre and every alter in its ring and sector', () => {
    expect(centre(node(scene, 'f'))).toEqual({ x: 0, y: 0 });
    const radii = ringsOf(scene);
    expect(radii).toHaveLength(4); // inner edge of ring 1 and the outer edges of rings 1..3
    const inRing = (id: string, ring: number) => {
      const { rho } = polar(scene, id);
      return rho > radii[ring - 1]! && rho < radii[ring]!;
    };
    // default preset, clockwise from 12 o'clock: family, friends, neighbours, work_school, professionals.
    const starts = sectorStarts(scene, 'f');
    expect(starts).toHaveLength(5);
    expect(starts[0]).toBe(0);
    expect(inRing('a', 1)).toBe(true);
    expect(polar(scene, 'a').angle).toBeGreaterThan(0);
    expect(polar(scene, 'a').angle).toBeLessThan(starts[1]!);
    expect(inRing('b', 2)).toBe(true);
    expect(polar(scene, 'b').angle).toBeGreaterThan(starts[1]!);
    expect(polar(scene, 'b').angle).toBeLessThan(starts[2]!);
    // An organisation without ring or sector: outermost ring, professionals.
    expect(inRing('o', 3)).toBe(true);
    expect(polar(scene, 'o').angle).toBeGreaterThan(starts[4]!);
  });

  it('gives a sector with more people a wider angle, and no sector less than about half an equal slice', () => {
    const crowded = documentWith({
      persons: Array.from({ length: 6 }, (_, i) => ({
        id: `p${i}`,
        name: `Persoon ${i}`,
        gender: 'unknown' as const,
      })),
      ties: Array.from({ length: 6 }, (_, i) => ({
        id: `t${i}`,
        from: 'f',
        to: `p${i}`,
        ring: 1,
        sector: 'family' as const,
      })),
    });
    const starts = sectorStarts(renderSociogram(crowded, { locale: 'nl' }), 'f');
    const widths = starts.map((a, i) => (starts[i + 1] ?? 360) - a);
    expect(widths[0]).toBeGreaterThan(72);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(0.55 * 72 - 0.1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(360, 1);
  });

  it('draws support letters, potential support, reciprocity and the action team', () => {
    const texts = (id: string) => node(scene, id).shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts('a')).toEqual(expect.arrayContaining(['Annie', 'E', 'G']));
    expect(texts('b')).toEqual(expect.arrayContaining(['Bram', 'P', 'G']));
    // Annie receives emotional support and is given companionship: reciprocal. Bram receives companionship
    // and could be given practical help: potential support is no reciprocity (as insight counts it); the
    // practical badge is dashed.
    const reciprocity = (id: string) =>
      node(scene, id).shapes.filter((s) => s.type === 'circle' && s.r === BADGE_R && s.stroke === 'ink')
        .length;
    expect([reciprocity('a'), reciprocity('b')]).toEqual([1, 0]);
    const dashed = node(scene, 'b').shapes.filter((s) => s.type === 'circle' && s.dash !== undefined);
    expect(dashed).toHaveLength(1);
    const keys = scene.legend.map((l) => l.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'sociogram.actionTeam',
        'sociogram.reciprocal',
        'sociogram.potential',
        'sociogram.support.emotional',
        'sociogram.organisation',
        'sociogram.alterTie',
      ]),
    );
    expect(keys).not.toContain('sociogram.support.care');
    const accent = node(scene, 'a').shapes.filter((s) => s.type === 'circle' && s.stroke === 'accent');
    expect(accent).toHaveLength(1);
    expect(node(scene, 'b').shapes.some((s) => s.type === 'circle' && s.stroke === 'accent')).toBe(false);
  });

  it('draws ties between alters, not ties with the focus, weighted by strength', () => {
    expect(scene.edges.map((e) => e.id)).toEqual(['t4']);
    const line = scene.edges[0]!.shapes[0]!;
    expect(line.type === 'path' && line.strokeWidth).toBe(2.4);
  });

  it('labels rings and sectors from the catalogue', () => {
    const texts = scene.background.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining(['heel dichtbij', 'dichtbij', 'verder weg', 'familie', 'vrienden']),
    );
    expect(scene.description).toBe('Sociogram van Noor: 3 contacten in 3 cirkels en 5 sectoren.');
  });

  it('keeps a pinned alter exactly where it was put and moves the centre with a pinned focus', () => {
    const pinned = renderSociogram(
      { ...three, layouts: { sociogram: { positions: { f: { x: 500, y: 400 }, b: { x: 123.5, y: -77 } } } } },
      { locale: 'en' },
    );
    expect(centre(node(pinned, 'f'))).toEqual({ x: 500, y: 400 });
    expect(centre(node(pinned, 'b'))).toEqual({ x: 123.5, y: -77 });
    expect(node(pinned, 'b').pinned).toBe(true);
    expect(node(pinned, 'a').pinned).toBeUndefined();
  });

  it('pseudonymises names', () => {
    const short = renderSociogram(three, { locale: 'en', pseudonymise: true });
    expect(node(short, 'a').label).toBe('A.');
    expect(short.pseudonymised).toBe(true);
  });
});

describe('collectAlters defaults', () => {
  it('puts an alter without a ring in the outermost ring (4 with Lensink)', () => {
    const doc = documentWith({
      options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 4, sectors: 'lensink' },
      persons: [{ id: 'x', name: 'X', gender: 'unknown' }],
      ties: [{ id: 't', from: 'f', to: 'x' }],
    });
    const [alter] = collectAlters(doc).alters;
    expect(alter).toMatchObject({ id: 'x', ring: 4, sector: 'community' });
  });
});

/** Checks the structural promises of a sociogram scene; returns a list of broken ones. */
function problems(doc: KringDocument, scene: Scene): string[] {
  const out: string[] = [];
  const { alters } = collectAlters(doc);
  const pins = doc.layouts.sociogram?.positions ?? {};
  const ids = scene.nodes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) out.push('a node is drawn twice');
  for (const a of alters) if (!ids.includes(a.id)) out.push(`alter ${a.id} missing`);
  const tieEnds = new Set(doc.ties.flatMap((t) => [t.from, t.to]));
  for (const id of tieEnds) if (!ids.includes(id)) out.push(`tie end ${id} not drawn`);
  const radii = ringsOf(scene);
  const sectorCount = { default: 5, lensink: 4, tracy_whittaker: 7 }[doc.options.sectors];
  const starts = sectorStarts(scene, doc.focus);
  if (starts.length !== sectorCount) out.push(`${starts.length} dividers for ${sectorCount} sectors`);
  for (const a of alters) {
    const n = node(scene, a.id);
    if (Object.hasOwn(pins, a.id)) {
      const p = centre(n);
      if (Math.abs(p.x - pins[a.id]!.x) > 1e-9 || Math.abs(p.y - pins[a.id]!.y) > 1e-9)
        out.push(`pin ${a.id} moved`);
      continue;
    }
    const { rho, angle } = polar(scene, a.id, doc.focus);
    const half = n.width / 2;
    if (rho - half < radii[a.ring - 1]! || rho + half > radii[a.ring]!)
      out.push(`${a.id} outside ring ${a.ring}`);
    const from = starts[a.sectorIndex]!;
    const to = starts[a.sectorIndex + 1] ?? 360;
    if (angle < from || angle > to) out.push(`${a.id} outside sector`);
  }
  for (let i = 0; i < scene.nodes.length; i++) {
    for (let j = i + 1; j < scene.nodes.length; j++) {
      const p = scene.nodes[i]!;
      const q = scene.nodes[j]!;
      if (p.pinned && q.pinned) continue;
      const overlap =
        p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
      if (overlap) out.push(`${p.id} overlaps ${q.id}`);
    }
  }
  return out;
}

const PRESETS: SectorPreset[] = ['default', 'lensink', 'tracy_whittaker'];

describe('renderSociogram properties', () => {
  it('holds its promises on generated sociograms (with pins, every preset and ring count)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...PRESETS),
        fc.constantFrom(3 as const, 4 as const),
        fc.integer({ min: 0, max: 3 }),
        (n, seed, sectors, rings, pinCount) => {
          const base = syntheticNetwork(n, seed);
          const keys = {
            default: null,
            lensink: ['family', 'fellow_clients', 'professionals', 'community'],
            tracy_whittaker: [
              'household',
              'other_family',
              'work_school',
              'clubs_organisations',
              'friends',
              'neighbours',
              'agencies',
            ],
          }[sectors];
          const doc: KringDocument = {
            ...base,
            options: { ...base.options, sectors, rings },
            ties: base.ties.map((t, i) => ({
              ...t,
              ...(keys && t.sector !== undefined ? { sector: keys[i % keys.length]! } : {}),
              ...(t.ring !== undefined && i % 5 === 0 ? { ring: rings } : {}),
            })),
          };
          // Pin a few alters where an unpinned layout put them, nudged a little (as after a drag).
          const free = renderSociogram(doc, { locale: 'en' });
          const positions: Record<string, { x: number; y: number }> = {};
          free.nodes
            .filter((nd) => nd.id !== doc.focus)
            .slice(0, pinCount)
            .forEach((nd, i) => (positions[nd.id] = { x: centre(nd).x + 3 * i, y: centre(nd).y - 2 * i }));
          const pinnedDoc = { ...doc, layouts: { sociogram: { positions } } };
          const scene = renderSociogram(pinnedDoc, { locale: 'en' });
          expect(problems(doc, free)).toEqual([]);
          expect(problems(pinnedDoc, scene)).toEqual([]);
          expect(renderSociogram(pinnedDoc, { locale: 'en' })).toEqual(scene);
        },
      ),
      { seed: 20260101, numRuns: 30 },
    );
  }, 60_000);

  it('places 200 alters without overlaps, each in its cell', () => {
    const doc = syntheticNetwork(200, 7);
    expect(problems(doc, renderSociogram(doc, { locale: 'nl' }))).toEqual([]);
  });
});
