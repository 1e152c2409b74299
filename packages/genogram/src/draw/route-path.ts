/**
 * A polyline route as something glyphs can follow: points at an arc length with a sideways offset, parallel
 * copies (mitred at the bends), pieces between two arc lengths, and a path with rounded bends.
 */
import type { PathShape, Style } from '@kring/scene';
import { path } from './geometry.js';

export type Point = [number, number];

export class RoutePath {
  readonly length: number;
  private readonly cumulative: number[];

  constructor(readonly points: Point[]) {
    this.cumulative = [0];
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      this.cumulative.push(this.cumulative[i - 1]! + Math.hypot(bx - ax, by - ay));
    }
    this.length = this.cumulative[this.cumulative.length - 1]! || 1;
  }

  /** Index of the segment holding arc length s. */
  private segment(s: number): number {
    let i = 1;
    while (i < this.points.length - 1 && this.cumulative[i]! < s) i++;
    return i;
  }

  /** Unit direction and left-hand normal (as in a frame a → b) of segment i. */
  private frame(i: number): { ux: number; uy: number; nx: number; ny: number } {
    const [ax, ay] = this.points[i - 1]!;
    const [bx, by] = this.points[i]!;
    const d = Math.hypot(bx - ax, by - ay) || 1;
    const ux = (bx - ax) / d;
    const uy = (by - ay) / d;
    return { ux, uy, nx: -uy, ny: ux };
  }

  /** The point at arc length s, moved `offset` along the normal of its segment. */
  at(s: number, offset = 0): Point {
    const i = this.segment(s);
    const f = this.frame(i);
    const [ax, ay] = this.points[i - 1]!;
    const t = s - this.cumulative[i - 1]!;
    return [ax + f.ux * t + f.nx * offset, ay + f.uy * t + f.ny * offset];
  }

  /** Direction of the route at arc length s. */
  direction(s: number): [number, number] {
    const f = this.frame(this.segment(s));
    return [f.ux, f.uy];
  }

  /** The route between arc lengths from and to. */
  piece(from: number, to: number): RoutePath {
    const pts: Point[] = [this.at(from)];
    for (let i = 1; i < this.points.length - 1; i++)
      if (this.cumulative[i]! > from && this.cumulative[i]! < to) pts.push(this.points[i]!);
    pts.push(this.at(to));
    return new RoutePath(pts);
  }

  /** A parallel copy at `offset` (positive: to the left of a → b), mitred at the bends. */
  offset(offset: number): Point[] {
    if (offset === 0) return this.points;
    const n = this.points.length;
    const out: Point[] = [];
    for (let i = 0; i < n; i++) {
      const [px, py] = this.points[i]!;
      if (i === 0 || i === n - 1) {
        const f = this.frame(i === 0 ? 1 : n - 1);
        out.push([px + f.nx * offset, py + f.ny * offset]);
        continue;
      }
      const f1 = this.frame(i);
      const f2 = this.frame(i + 1);
      const mx = f1.nx + f2.nx;
      const my = f1.ny + f2.ny;
      const dot = mx * f1.nx + my * f1.ny;
      const k = Math.abs(dot) < 1e-6 ? 0 : offset / dot;
      out.push([px + mx * k, py + my * k]);
    }
    return out;
  }
}

/** A path through the points with bends rounded by quadratic curves of radius up to `radius`. */
export function roundedPath(points: Point[], radius: number, style: Style): PathShape {
  const d: (string | number)[] = ['M', points[0]![0], points[0]![1]];
  for (let i = 1; i < points.length - 1; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const [cx, cy] = points[i + 1]!;
    const l1 = Math.hypot(bx - ax, by - ay);
    const l2 = Math.hypot(cx - bx, cy - by);
    const r = Math.min(radius, l1 / 2, l2 / 2);
    if (r < 0.5) {
      d.push('L', bx, by);
      continue;
    }
    d.push('L', bx - ((bx - ax) / l1) * r, by - ((by - ay) / l1) * r);
    d.push('Q', bx, by, bx + ((cx - bx) / l2) * r, by + ((cy - by) / l2) * r);
  }
  const last = points[points.length - 1]!;
  d.push('L', last[0], last[1]);
  return path(d, style);
}
