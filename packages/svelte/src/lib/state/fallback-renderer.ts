/**
 * A plain stand-in renderer used while a view's real renderer is not available: every person and
 * organisation on a grid (or at its pinned position), straight lines for relations. It keeps the editor
 * usable and testable; the real renderers replace it view by view (renderers.ts).
 */
import { SECTOR_PRESETS, type KringDocument, type View } from '@kring/core';
import type { RenderOptions, Scene, SceneEdge, SceneNode, Shape } from '@kring/scene';

const SIZE = 40;
const STEP = 120;

export function fallbackRenderer(view: View) {
  return (doc: KringDocument, _options: RenderOptions): Scene => {
    const pinned = doc.layouts[view]?.positions ?? {};
    const entities = [
      ...doc.persons.map((p) => ({
        id: p.id,
        label: p.name,
        kind: 'person' as const,
        round: p.gender === 'woman',
      })),
      ...(view === 'genogram'
        ? []
        : doc.organisations.map((o) => ({
            id: o.id,
            label: o.name,
            kind: 'organisation' as const,
            round: false,
          }))),
    ];
    const columns = Math.max(1, Math.ceil(Math.sqrt(entities.length)));
    const centres = new Map<string, { x: number; y: number }>();
    const nodes: SceneNode[] = entities.map((e, i) => {
      const c = pinned[e.id] ?? { x: (i % columns) * STEP, y: Math.floor(i / columns) * STEP };
      centres.set(e.id, c);
      const x = c.x - SIZE / 2;
      const y = c.y - SIZE / 2;
      const symbol: Shape = e.round
        ? { type: 'circle', cx: c.x, cy: c.y, r: SIZE / 2, fill: 'paper' }
        : {
            type: 'rect',
            x,
            y,
            width: SIZE,
            height: SIZE,
            fill: 'paper',
            rx: e.kind === 'organisation' ? 6 : 0,
          };
      return {
        id: e.id,
        kind: e.kind,
        x,
        y,
        width: SIZE,
        height: SIZE,
        label: e.label,
        pinned: pinned[e.id] !== undefined,
        shapes: [
          { ...symbol, strokeWidth: e.id === doc.focus ? 3 : 1.5 },
          {
            type: 'text',
            x: c.x,
            y: c.y + SIZE / 2 + 14,
            text: e.label,
            size: 12,
            anchor: 'middle',
            halo: true,
          },
        ],
      };
    });
    const line = (
      id: string,
      kind: SceneEdge['kind'],
      from: string,
      to: string,
      dash?: number[],
    ): SceneEdge[] => {
      const a = centres.get(from);
      const b = centres.get(to);
      if (!a || !b) return [];
      return [
        {
          id,
          kind,
          from,
          to,
          shapes: [
            {
              type: 'path',
              d: `M ${a.x} ${a.y} L ${b.x} ${b.y}`,
              stroke: 'muted',
              ...(dash ? { dash } : {}),
            },
          ],
        },
      ];
    };
    const edges: SceneEdge[] = [
      ...doc.partnerships.flatMap((p) => line(p.id, 'partnership', p.a, p.b)),
      ...doc.parentChild.flatMap((l) => line(l.id, 'descent', l.parent, l.child)),
      ...(view === 'genogram' ? [] : doc.ties.flatMap((t) => line(t.id, 'tie', t.from, t.to, [6, 4]))),
    ];
    const background: Shape[] = [];
    if (view === 'sociogram') {
      const rings = doc.options.rings;
      for (let r = 0; r <= rings; r++)
        background.push({ type: 'circle', cx: 0, cy: 0, r: 60 + r * 120, stroke: 'ring' });
      const n = SECTOR_PRESETS[doc.options.sectors].length;
      for (let s = 0; s < n; s++) {
        const a = -Math.PI / 2 + (s * 2 * Math.PI) / n;
        const R = 60 + rings * 120;
        background.push({
          type: 'path',
          d: `M ${60 * Math.cos(a)} ${60 * Math.sin(a)} L ${R * Math.cos(a)} ${R * Math.sin(a)}`,
          stroke: 'sector',
        });
      }
    }
    const xs = [...centres.values()].map((c) => c.x);
    const ys = [...centres.values()].map((c) => c.y);
    const r = view === 'sociogram' ? 60 + doc.options.rings * 120 : 0;
    const minX = Math.min(-r, ...xs) - SIZE;
    const minY = Math.min(-r, ...ys) - SIZE;
    const maxX = Math.max(r, ...xs) + SIZE;
    const maxY = Math.max(r, ...ys) + SIZE + 20;
    return {
      view,
      bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
      background,
      edges,
      nodes,
      overlay: [],
      legend: [],
      description: '',
    };
  };
}
