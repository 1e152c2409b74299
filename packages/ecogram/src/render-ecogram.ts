import { drawablePositions, t } from '@kring/core';
import {
  documentForRender,
  markPrivacy,
  shapeBounds,
  type Renderer,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from '@kring/scene';
import { circleExit, drawMember, layoutCentre, memberBox, memberBoxExit } from './centre.js';
import { LetterRoom } from './letter-room.js';
import { ecogramLegend } from './legend.js';
import { MEMBER_HALF } from './person-symbol.js';
import { placeSatellites } from './place-satellites.js';
import { SATELLITE_R, drawSatellite, satelliteLabel } from './satellite-glyph.js';
import { collectSatellites } from './satellites.js';
import { drawAlterTie, drawCentreTie } from './tie-line.js';

/** Room a support letter needs across its line, where lines fan out from one point. */
const LETTER_PITCH = 30;

/**
 * The ecogram (docs/notation-spec.md §2): the focus's current household as a small genogram inside a large circle
 * (or the focus alone), every system it has a tie with around it, grouped by sector or category, and the
 * ties as lines whose width, dashes, cross-strokes, arrows and letters say strength, stress, flow and support.
 */
export const renderEcogram: Renderer = (source, options) => {
  // Under pseudonymise / hideHealth: the privacy-reduced document (no household label, notes, …).
  const document = documentForRender(source, options);
  const { locale } = options;
  const pseudonymise = options.pseudonymise === true;
  const pins = drawablePositions(document, 'ecogram');
  const centre = layoutCentre(document, pins, pseudonymise);
  const { satellites, centreTies, alterTies } = collectSatellites(document);
  const positions = placeSatellites(
    satellites.map((s) => ({
      group: s.group,
      ...(Object.hasOwn(pins, s.id) ? { pinned: pins[s.id]! } : {}),
    })),
    centre.cx,
    centre.cy,
    centre.r,
  );
  const at = new Map(satellites.map((s, i) => [s.id, positions[i]!]));
  const member = new Map(centre.members.map((m) => [m.person.id, m]));

  const nodes: SceneNode[] = [];
  if (centre.household) {
    nodes.push({
      id: centre.household.id,
      kind: 'household',
      x: centre.cx - centre.r,
      y: centre.cy - centre.r,
      width: 2 * centre.r,
      height: 2 * centre.r,
      label: centre.household.label ?? t(locale, 'render.ecogram.centreHousehold'),
      shapes: [
        {
          type: 'circle',
          cx: centre.cx,
          cy: centre.cy,
          r: centre.r,
          stroke: 'ink',
          fill: 'none',
          strokeWidth: 2,
          dash: [9, 5],
        },
        ...centre.lines,
      ],
      ...(centre.pinned ? { pinned: true } : {}),
    });
  }
  for (const m of centre.members) {
    nodes.push({
      id: m.person.id,
      kind: 'person',
      x: m.x - MEMBER_HALF,
      y: m.y - MEMBER_HALF,
      width: 2 * MEMBER_HALF,
      height: 2 * MEMBER_HALF,
      label: m.label,
      shapes: drawMember(m, m.person.id === document.focus),
      ...(m.pinned ? { pinned: true } : {}),
    });
  }
  satellites.forEach((s, i) => {
    const p = positions[i]!;
    const label = satelliteLabel(s, pseudonymise);
    nodes.push({
      id: s.id,
      kind: s.kind,
      x: p.x - SATELLITE_R,
      y: p.y - SATELLITE_R,
      width: 2 * SATELLITE_R,
      height: 2 * SATELLITE_R,
      label,
      shapes: drawSatellite(s, label, p.x, p.y, locale),
      ...(Object.hasOwn(pins, s.id) ? { pinned: true } : {}),
    });
  });

  const edges: SceneEdge[] = [];
  const room = new LetterRoom(
    [
      ...positions.map((p) => ({ x: p.x, y: p.y, r: SATELLITE_R + 3 })),
      ...(centre.household ? [{ x: centre.cx, y: centre.cy, r: centre.r + 3 }] : []),
    ],
    centre.household ? [] : centre.members.map((m) => memberBox(m)),
  );
  // Around a lone client all lines start at one point: letters wait until neighbouring lines are a letter apart.
  const crowded = centre.household ? 0 : (centreTies.length * LETTER_PITCH) / (2 * Math.PI);
  for (const tie of centreTies) {
    const inner = member.get(tie.from) ?? member.get(tie.to);
    const outer = at.get(tie.from) ?? at.get(tie.to);
    if (!inner || !outer) continue;
    // With a household, lines stop at its circle (aimed at the member), so they never cross the names inside.
    const exit = centre.household ? circleExit(inner, outer, centre) : undefined;
    edges.push({
      id: tie.id,
      kind: 'tie',
      from: tie.from,
      to: tie.to,
      shapes: drawCentreTie(
        tie,
        exit ?? inner,
        // Without a household, the line starts past the member's name, so it never crosses it.
        exit ? 2 : Math.max(MEMBER_HALF + 3, memberBoxExit(inner, outer) + 3),
        outer,
        SATELLITE_R + 2,
        locale,
        room,
        crowded,
      ),
    });
  }
  for (const tie of alterTies) {
    const p = at.get(tie.from);
    const q = at.get(tie.to);
    if (!p || !q) continue;
    edges.push({
      id: tie.id,
      kind: 'tie',
      from: tie.from,
      to: tie.to,
      shapes: drawAlterTie(
        tie,
        p,
        q,
        SATELLITE_R,
        { x: centre.cx, y: centre.cy },
        centre.r,
        positions,
        centre.household !== undefined,
      ),
    });
  }

  const box = shapeBounds([...nodes.flatMap((n) => n.shapes), ...edges.flatMap((e) => e.shapes)]);
  const margin = 8;
  const focusMember = member.get(document.focus);
  const scene: Scene = {
    view: 'ecogram',
    bounds: {
      x: box.x - margin,
      y: box.y - margin,
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
    background: [],
    edges,
    nodes,
    overlay: [],
    legend: ecogramLegend(centreTies, alterTies, centre.household !== undefined, locale),
    description: t(locale, 'render.ecogram.description', {
      name: focusMember?.label ?? '',
      count: satellites.length,
      centre: t(locale, centre.household ? 'render.ecogram.centreHousehold' : 'render.ecogram.centreFocus'),
    }),
  };
  return markPrivacy(scene, options);
};
