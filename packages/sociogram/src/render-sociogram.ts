import { SECTOR_PRESETS, documentIndex, drawablePositions, t, type SectorKey } from '@kring/core';
import {
  documentForRender,
  markPrivacy,
  displayName,
  shapeBounds,
  type Renderer,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from '@kring/scene';
import { collectAlters } from './alters.js';
import { ALTER_R, BADGE_R, badgeCentre, drawAlter, markRing, measureAlter } from './alter-glyph.js';
import { badgeSlots } from './badge-slots.js';
import { drawBackground, ringLabelHalfWidth } from './draw-background.js';
import { FOCUS_R, drawFocus } from './focus-glyph.js';
import type { Geometry } from './geometry.js';
import { sociogramLegend } from './legend.js';
import { placeAlters, type Disc } from './place-alters.js';
import { cellDemand } from './ring-radii.js';
import { sectorLayout } from './sector-angles.js';
import { straight, tiePath, type Obstacle } from './tie-path.js';

/** Up to this many alters, ties bend around other alters; beyond it they stay straight (and fast). */
const BEND_LIMIT = 120;

/** The force simulation's seed: a constant, so the same document always gives the same picture. */
export const SOCIOGRAM_SEED = 0x6b72;
/** Ticks of the simulation: the seeded start is already spread out, so a short relaxation suffices. */
export function sociogramTicks(alterCount: number): number {
  return alterCount <= 300 ? 30 : 20;
}

/**
 * The radius of the disc that stands for an alter's box (symbol, badges, name) in the collision layout:
 * a little less than half the diagonal, since the box's corners are mostly empty (names are centred).
 */
function discRadius(width: number, height: number): number {
  return Math.max(Math.max(width, height) / 2, (0.88 * Math.hypot(width, height)) / 2) + 1;
}

/**
 * The divider the ring names go on: the one between the two emptiest neighbouring sectors (the first such,
 * counting clockwise from 12 o'clock), so the room the names keep free costs the fewest alters their place.
 */
function quietestDivider(sectorCount: number, discs: readonly Disc[]): number {
  const load = Array.from({ length: sectorCount }, () => 0);
  for (const d of discs) load[d.sector]! += 1;
  let best = 0;
  let bestLoad = Infinity;
  for (let k = 0; k < sectorCount; k++) {
    const around = load[k]! + load[(k - 1 + sectorCount) % sectorCount]!;
    if (around < bestLoad) {
      best = k;
      bestLoad = around;
    }
  }
  return best;
}

/**
 * The sociogram (docs/notation-spec.md §3): the focus in the centre, rings of closeness, sectors of life, each alter
 * in its own ring and sector (see alters.ts for the defaults), placed by a seeded force layout.
 */
export const renderSociogram: Renderer = (source, options) => {
  // Under pseudonymise / hideHealth: the privacy-reduced document, so nothing left out can be drawn.
  const document = documentForRender(source, options);
  const { locale } = options;
  const pseudonymise = options.pseudonymise === true;
  const sectors: readonly SectorKey[] = SECTOR_PRESETS[document.options.sectors];
  const rings = document.options.rings;
  const { alters, alterTies } = collectAlters(document);
  const glyphs = alters.map((a) => measureAlter(a, locale, pseudonymise));
  const pins = drawablePositions(document, 'sociogram');

  const focusPerson = documentIndex(document).persons.get(document.focus);
  const focusLabel = displayName(focusPerson?.name ?? '', pseudonymise);
  const focusPin = Object.hasOwn(pins, document.focus) ? pins[document.focus] : undefined;
  const cx = focusPin?.x ?? 0;
  const cy = focusPin?.y ?? 0;
  const focus = drawFocus(focusLabel, cx, cy);

  // Each alter is a disc around its symbol, badges and label; the disc's centre is offset from the symbol's.
  const discs: Disc[] = alters.map((alter, i) => {
    const g = glyphs[i]!;
    const ox = (g.minX + g.maxX) / 2;
    const oy = (g.minY + g.maxY) / 2;
    const pin = Object.hasOwn(pins, alter.id) ? pins[alter.id] : undefined;
    return {
      ring: alter.ring,
      sector: alter.sectorIndex,
      r: discRadius(g.maxX - g.minX, g.maxY - g.minY),
      ...(pin ? { pinned: { x: pin.x - cx + ox, y: pin.y - cy + oy } } : {}),
    };
  });
  const labelMargin = ringLabelHalfWidth(locale, rings);
  const labelDivider = quietestDivider(sectors.length, discs);
  // Pinned discs count too: they take room somewhere, and the rings do not jump when a node is pinned.
  const { starts, radii } = sectorLayout(
    focus.reach + 8,
    rings,
    { sectorCount: sectors.length, labelMargin, labelDivider },
    cellDemand(discs),
  );
  const geometry: Geometry = { sectorCount: sectors.length, starts, labelMargin, labelDivider, radii };
  const indexOf = new Map(alters.map((a, i) => [a.id, i]));
  const centres = placeAlters(geometry, discs, {
    seed: SOCIOGRAM_SEED,
    ticks: sociogramTicks(alters.length),
  });

  const symbolAt = centres.map((c, i) => {
    const pin = Object.hasOwn(pins, alters[i]!.id) ? pins[alters[i]!.id] : undefined;
    if (pin) return { x: pin.x, y: pin.y };
    const g = glyphs[i]!;
    return { x: cx + c.x - (g.minX + g.maxX) / 2, y: cy + c.y - (g.minY + g.maxY) / 2 };
  });
  // Marks move off a neighbour's name that came close (the discs cut the corners of the boxes).
  const slots = badgeSlots(alters, glyphs, symbolAt);
  const nodes: SceneNode[] = [
    {
      id: document.focus,
      kind: 'person',
      x: cx - FOCUS_R,
      y: cy - FOCUS_R,
      width: 2 * FOCUS_R,
      height: 2 * FOCUS_R,
      label: focusLabel,
      shapes: focus.shapes,
      ...(focusPin ? { pinned: true } : {}),
    },
  ];
  alters.forEach((alter, i) => {
    const p = symbolAt[i]!;
    nodes.push({
      id: alter.id,
      kind: alter.kind,
      x: p.x - ALTER_R,
      y: p.y - ALTER_R,
      width: 2 * ALTER_R,
      height: 2 * ALTER_R,
      label: glyphs[i]!.label,
      shapes: drawAlter(alter, glyphs[i]!, p.x, p.y, slots[i]),
      ...(discs[i]!.pinned ? { pinned: true } : {}),
    });
  });
  // What ties should miss: the focus with its name, every alter's symbol, the badges around it and the
  // middle of its name below it (a tie through another alter's badges reads as if that alter were part of
  // it). `owner[k]`: whose (-1: the focus's).
  const obstacles: Obstacle[] = [
    { x: cx, y: cy, r: FOCUS_R + 4 },
    { x: cx, y: cy + FOCUS_R + 18, r: 22 },
  ];
  const owner: number[] = [-1, -1];
  symbolAt.forEach((p, i) => {
    const glyph = glyphs[i]!;
    const ring = markRing(alters[i]!);
    const marks = glyph.badges.length + (glyph.reciprocal ? 1 : 0);
    const around = [
      { x: p.x, y: p.y, r: ALTER_R + 4 },
      { x: p.x, y: glyph.maxY - 8 + p.y, r: 12 },
      ...Array.from({ length: marks }, (_, m) => {
        const c = badgeCentre(slots[i]?.[m] ?? m, ring);
        return { x: p.x + c.x, y: p.y + c.y, r: BADGE_R + 1 };
      }),
    ];
    for (const o of around) {
      obstacles.push(o);
      owner.push(i);
    }
  });
  const edges: SceneEdge[] = alterTies.map((tie) => {
    const i = indexOf.get(tie.from)!;
    const j = indexOf.get(tie.to)!;
    const a = symbolAt[i]!;
    const b = symbolAt[j]!;
    // In large, dense networks curves would not find free room either: ties stay straight there.
    const d =
      alters.length <= BEND_LIMIT
        ? tiePath(a, b, obstacles, (k) => owner[k] === i || owner[k] === j)
        : straight(a, b);
    return {
      id: tie.id,
      kind: 'tie',
      from: tie.from,
      to: tie.to,
      shapes: [
        {
          type: 'path',
          d,
          stroke: 'muted',
          strokeWidth: tie.strength === 3 ? 2.4 : tie.strength === 2 ? 1.6 : 1,
          opacity: 0.8,
        },
      ],
    };
  });
  const background = drawBackground(geometry, sectors, locale, cx, cy);
  const everything = [...background, ...nodes.flatMap((n) => n.shapes)];
  const box = shapeBounds(everything);
  const margin = 8;
  const scene: Scene = {
    view: 'sociogram',
    bounds: {
      x: box.x - margin,
      y: box.y - margin,
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
    background,
    edges,
    nodes,
    overlay: [],
    legend: sociogramLegend(alters, glyphs, edges.length > 0, locale),
    description: t(locale, 'render.sociogram.description', {
      name: focusLabel,
      count: alters.length,
      rings,
      sectors: sectors.length,
    }),
  };
  return markPrivacy(scene, options);
};
