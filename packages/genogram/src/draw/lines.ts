/**
 * Structural lines of the scene: couple lines (type by line style, slashes for separation and divorce,
 * double line for a consanguineous union, label with years), descent lines with sibling bars, apexes of
 * multiple births (bar for identical, "?" for unknown zygosity) and lines to a second family (along their
 * detour around symbols and labels).
 */
import { t } from '@kring/core';
import type { Locale, MessageKey, ParentChildKind } from '@kring/core';
import type { SceneEdge, Shape, Style } from '@kring/scene';
import type { Family } from '../model/family.js';
import { YEAR_BAND } from '../model/metrics.js';
import type { UnionMarks } from '../model/union-label.js';
import type { Routes } from '../passes/routing.js';
import { UNION_LABEL_SIZE } from '../layout.js';
import { line, polyline, r2 } from './geometry.js';
import type { LegendBook } from './legend-book.js';
import { RoutePath, roundedPath } from './route-path.js';
import { DESCENT_STYLE, PARTNERSHIP_STYLE, UNRECORDED_UNION_STYLE } from './line-styles.js';

function slashes(count: number, cx: number, y: number): Shape[] {
  const style: Style = { stroke: 'ink', strokeWidth: 1.4 };
  const xs = count === 1 ? [cx] : [cx - 3, cx + 3];
  return xs.map((x) => line(x - 3.5, y + 5, x + 3.5, y - 5, style));
}

function kindMark(locale: Locale, kind: ParentChildKind, x: number, y: number): Shape | undefined {
  if (kind === 'biological') return undefined;
  return {
    type: 'text',
    x: r2(x),
    y: r2(y),
    text: t(locale, `render.genogram.mark.${kind}` as MessageKey),
    size: 9.5,
    anchor: 'start',
    baseline: 'middle',
    fill: 'ink',
    halo: true,
  };
}

export function structuralEdges(
  family: Family,
  routes: Routes,
  marks: UnionMarks[],
  locale: Locale,
  legend: LegendBook,
): SceneEdge[] {
  const edges: SceneEdge[] = [];
  const ids = (k: number) => {
    const u = family.unions[k]!;
    return { from: family.persons[u.a]!.id, ...(u.b >= 0 ? { to: family.persons[u.b]!.id } : {}) };
  };

  for (const c of routes.couples) {
    const u = family.unions[c.union]!;
    const p = u.partnership;
    const style = p ? PARTNERSHIP_STYLE[p.type] : UNRECORDED_UNION_STYLE;
    legend.use(p ? `partnership.${p.type}` : 'partnership.unrecorded');
    // One path per couple line (a genealogy draws thousands): down from one partner, across, up to the other;
    // a consanguineous union's double line as two more strokes of the same path.
    const shapes: Shape[] = [];
    if (p?.consanguineous) {
      legend.use('partnership.consanguineous');
      const [ax, bx] = [r2(c.ax), r2(c.bx)];
      const d =
        `M ${ax} ${r2(c.ay)} L ${ax} ${r2(c.y)} M ${bx} ${r2(c.by)} L ${bx} ${r2(c.y)}` +
        ` M ${ax} ${r2(c.y - 2)} L ${bx} ${r2(c.y - 2)} M ${ax} ${r2(c.y + 2)} L ${bx} ${r2(c.y + 2)}`;
      shapes.push({ type: 'path', d, ...style });
    } else
      shapes.push(
        polyline(
          [
            [c.ax, c.ay],
            [c.ax, c.y],
            [c.bx, c.y],
            [c.bx, c.by],
          ],
          style,
        ),
      );
    const mid = (c.ax + c.bx) / 2;
    const m = marks[c.union]!;
    if (m.slashes) {
      legend.use(m.slashes === 1 ? 'event.separated' : 'event.divorced');
      const hasChildren = family.childrenOf[c.union]!.length > 0;
      shapes.push(...slashes(m.slashes, hasChildren ? mid - 10 : mid, c.y));
    }
    if (m.endKind === 'reconciled') legend.use('event.reconciled');
    if (m.text)
      shapes.push({
        type: 'text',
        x: r2(mid),
        y: r2(c.y - 7),
        text: m.text,
        size: UNION_LABEL_SIZE,
        anchor: 'middle',
        fill: 'ink',
        halo: true,
      });
    edges.push({ id: u.id, kind: 'partnership', ...ids(c.union), shapes });
  }

  for (const d of routes.descents) {
    const u = family.unions[d.union]!;
    const trunk: Style = { stroke: 'ink', strokeWidth: 1.4 };
    edges.push({ id: u.id, kind: 'descent', ...ids(d.union), shapes: [polyline(d.path, trunk)] });
    edges.push({
      id: u.id,
      kind: 'sibling',
      ...ids(d.union),
      shapes: [line(d.barLeft, d.barY, d.barRight, d.barY, trunk)],
    });
    for (const drop of d.drops) {
      const link = family.descentLink[drop.child]!;
      legend.use(`descent.${link.kind}`);
      // A co-born child's line slants from the shared apex to above the years, then drops between them.
      const shapes: Shape[] = [
        drop.fromX === drop.x
          ? line(drop.fromX, d.barY, drop.x, drop.top, DESCENT_STYLE[link.kind])
          : polyline(
              [
                [drop.fromX, d.barY],
                [drop.x, drop.top - YEAR_BAND],
                [drop.x, drop.top],
              ],
              DESCENT_STYLE[link.kind],
            ),
      ];
      const mark = kindMark(locale, link.kind, Math.max(drop.fromX, drop.x) + 3, d.barY + 6);
      if (mark) shapes.push(mark);
      edges.push({
        id: link.id,
        kind: 'descent',
        from: family.persons[u.a]!.id,
        to: family.persons[drop.child]!.id,
        shapes,
      });
    }
  }

  for (const b of routes.births) {
    legend.use(`twins.${b.group.zygosity}`);
    const shapes: Shape[] = [];
    if (b.group.zygosity === 'monozygotic') {
      const xs = b.members.map((m) => b.apexX + (m.x - b.apexX) * 0.5);
      const ys = b.members.map((m) => b.barY + (m.top - YEAR_BAND - b.barY) * 0.5);
      shapes.push(
        line(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.min(...ys), {
          stroke: 'ink',
          strokeWidth: 1.4,
        }),
      );
    } else if (b.group.zygosity === 'unknown') {
      shapes.push({
        type: 'text',
        x: r2(b.apexX),
        y: r2(b.barY + 10),
        text: '?',
        size: 9.5,
        anchor: 'middle',
        baseline: 'middle',
        fill: 'ink',
        halo: true,
      });
    }
    edges.push({ id: b.group.id, kind: 'multiple-birth', shapes });
  }

  for (const e of routes.extras) {
    legend.use(`descent.${e.link.kind}`);
    const route = new RoutePath(e.points);
    const shapes: Shape[] = [roundedPath(e.points, 6, DESCENT_STYLE[e.link.kind])];
    const [mx, my] = route.at(route.length / 2);
    const mark = kindMark(locale, e.link.kind, mx + 3, my);
    if (mark) shapes.push(mark);
    edges.push({ id: e.link.id, kind: 'descent', from: e.link.parent, to: e.link.child, shapes });
  }
  return edges;
}
