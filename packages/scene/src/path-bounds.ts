/**
 * The exact box of SVG path data (`d`): every command of the SVG path grammar, absolute and relative
 * (M L H V C S Q T A Z), with implicit repetition and compact arc flags. Lines by their points, Bézier
 * curves by their end points and the points where they turn (not their control points), elliptical arcs by
 * their end points and the extreme points of the ellipse on the swept part (radii too small for the chord
 * are scaled up, as SVG draws them). Data in error is read up to the error, as SVG renders it. Read by a
 * char scan into a few numbers, without a regular expression or arrays: shapeBounds runs on every symbol of
 * a map of thousands.
 */

/** The box found by the last `pathBox` call (min/max x and y; minX is Infinity when nothing was drawn). */
export const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

let d = '';
let at = 0;
let value = 0;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Skips white space and at most one comma (the separators of path data). */
function skipSeparators(): void {
  let comma = false;
  for (;;) {
    const c = d.charCodeAt(at);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) at++;
    else if (c === 44 && !comma) {
      comma = true;
      at++;
    } else return;
  }
}

/** Powers of ten that are exact doubles (for the fast path of readNumber). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Reads a number (`[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`) into `value`; false when none starts here. Up to
 * 15 digits and no exponent (what Kring's renderers write): the digits as an integer divided by a power of
 * ten, both exact doubles, so the one rounding is the division's and the value is `Number()`'s; other
 * numbers through `Number()`.
 */
function readNumber(): boolean {
  skipSeparators();
  const start = at;
  let j = at;
  let c = d.charCodeAt(j);
  const negative = c === 45;
  if (c === 43 || c === 45) c = d.charCodeAt(++j);
  let count = 0;
  let mantissa = 0;
  while (isDigit(c)) {
    mantissa = mantissa * 10 + (c - 48);
    count++;
    c = d.charCodeAt(++j);
  }
  let scale = 0;
  if (c === 46) {
    c = d.charCodeAt(++j);
    while (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      count++;
      scale++;
      c = d.charCodeAt(++j);
    }
  }
  if (count === 0) return false;
  let exponent = false;
  if (c === 101 || c === 69) {
    let k = j + 1;
    const s = d.charCodeAt(k);
    if (s === 43 || s === 45) k++;
    if (isDigit(d.charCodeAt(k))) {
      exponent = true;
      j = k + 1;
      while (isDigit(d.charCodeAt(j))) j++;
    }
  }
  if (exponent || count > 15) value = Number(d.slice(start, j));
  else {
    const magnitude = mantissa / POW10[scale]!;
    value = negative ? -magnitude : magnitude;
  }
  at = j;
  return true;
}

/** Reads an arc flag (a single `0` or `1`, which needs no separator after it) into `value`. */
function readFlag(): boolean {
  skipSeparators();
  const c = d.charCodeAt(at);
  if (c !== 48 && c !== 49) return false;
  value = c - 48;
  at++;
  return true;
}

function addX(x: number): void {
  if (x < box.minX) box.minX = x;
  if (x > box.maxX) box.maxX = x;
}

function addY(y: number): void {
  if (y < box.minY) box.minY = y;
  if (y > box.maxY) box.maxY = y;
}

/** The extremes of one coordinate of a quadratic Bézier curve between its end points. */
function quadExtreme(p0: number, p1: number, p2: number, add: (v: number) => void): void {
  const den = p0 - 2 * p1 + p2;
  if (den === 0) return;
  const t = (p0 - p1) / den;
  if (t > 0 && t < 1) add((1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * p1 + t * t * p2);
}

function cubicAt(t: number, p0: number, p1: number, p2: number, p3: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** The extremes of one coordinate of a cubic Bézier curve between its end points. */
function cubicExtremes(p0: number, p1: number, p2: number, p3: number, add: (v: number) => void): void {
  // B'(t) / 3 = a t² + b t + c
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  if (Math.abs(a) < 1e-12) {
    if (b !== 0) {
      const t = -c / b;
      if (t > 0 && t < 1) add(cubicAt(t, p0, p1, p2, p3));
    }
    return;
  }
  const disc = b * b - 4 * a * c;
  if (disc < 0) return;
  const root = Math.sqrt(disc);
  const t1 = (-b + root) / (2 * a);
  const t2 = (-b - root) / (2 * a);
  if (t1 > 0 && t1 < 1) add(cubicAt(t1, p0, p1, p2, p3));
  if (t2 > 0 && t2 < 1) add(cubicAt(t2, p0, p1, p2, p3));
}

const TAU = 2 * Math.PI;

/** Whether angle `t` lies on the arc from `start` sweeping `delta` (radians; negative is counter-clockwise). */
function onArc(t: number, start: number, delta: number): boolean {
  const from = delta >= 0 ? start : start + delta;
  let off = (t - from) % TAU;
  if (off < 0) off += TAU;
  return off <= Math.abs(delta);
}

/**
 * The extreme points of an elliptical arc from (x1, y1) to (x2, y2) (the end points are added by the
 * caller), by the SVG implementation notes' conversion to centre parameterisation.
 */
function arcExtremes(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  degrees: number,
  large: number,
  sweep: number,
  x2: number,
  y2: number,
): void {
  if (x1 === x2 && y1 === y2) return; // the arc is left out
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) return; // a straight line
  const phi = ((degrees % 360) * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const hx = (x1 - x2) / 2;
  const hy = (y1 - y2) / 2;
  const x1p = cos * hx + sin * hy;
  const y1p = -sin * hx + cos * hy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    const s = Math.sqrt(lambda);
    rx *= s;
    ry *= s;
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let k = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) k = -k;
  const cxp = (k * rx * y1p) / ry;
  const cyp = (-k * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const start = Math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
  let delta = Math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx) - start;
  if (sweep === 0 && delta > 0) delta -= TAU;
  else if (sweep === 1 && delta < 0) delta += TAU;
  // x(t) = cx + rx cos φ cos t − ry sin φ sin t, y(t) = cy + rx sin φ cos t + ry cos φ sin t: where each turns.
  const tx = Math.atan2(-ry * sin, rx * cos);
  const ty = Math.atan2(ry * cos, rx * sin);
  for (let i = 0; i < 2; i++) {
    const t = tx + i * Math.PI;
    if (onArc(t, start, delta)) addX(cx + rx * cos * Math.cos(t) - ry * sin * Math.sin(t));
    const u = ty + i * Math.PI;
    if (onArc(u, start, delta)) addY(cy + rx * sin * Math.cos(u) + ry * cos * Math.sin(u));
  }
}

/** How many numbers each command takes (by its upper-case letter's code), or 0 for an unknown letter. */
function arity(upper: number): number {
  switch (upper) {
    case 77: // M
    case 76: // L
    case 84: // T
      return 2;
    case 72: // H
    case 86: // V
      return 1;
    case 67: // C
      return 6;
    case 83: // S
    case 81: // Q
      return 4;
    case 65: // A
      return 7;
    default:
      return 0;
  }
}

const args = [0, 0, 0, 0, 0, 0, 0];

/**
 * Sets `box` to the exact box of path data `data` (without stroke width). Paths whose data starts in error
 * (no moveto first) leave it empty, as SVG draws nothing for them.
 */
export function pathBox(data: string): void {
  d = data;
  at = 0;
  box.minX = Infinity;
  box.minY = Infinity;
  box.maxX = -Infinity;
  box.maxY = -Infinity;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The control point of the last curve (for S and T) and which kind it was (67 C/S, 81 Q/T, 0 none).
  let ctrlX = 0;
  let ctrlY = 0;
  let lastCurve = 0;
  let command = 0; // upper-case code of the current command
  let relative = false;
  let started = false;
  for (;;) {
    skipSeparators();
    if (at >= d.length) return;
    const c = d.charCodeAt(at);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter) {
      const upper = c & ~32;
      if (!started && upper !== 77) return;
      at++;
      relative = c >= 97;
      command = upper;
      if (upper === 90) {
        x = startX;
        y = startY;
        lastCurve = 0;
        continue;
      }
      if (arity(upper) === 0) return;
    } else if (command === 0 || command === 90) return;
    // One set of arguments of the current command (repeated when no letter follows).
    const n = arity(command);
    for (let i = 0; i < n; i++) {
      const ok = command === 65 && (i === 3 || i === 4) ? readFlag() : readNumber();
      if (!ok) return;
      args[i] = value;
    }
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    let curve = 0;
    switch (command) {
      case 77:
        x = ox + args[0]!;
        y = oy + args[1]!;
        startX = x;
        startY = y;
        started = true;
        command = 76; // further pairs are lines
        break;
      case 76:
        x = ox + args[0]!;
        y = oy + args[1]!;
        break;
      case 72:
        x = ox + args[0]!;
        break;
      case 86:
        y = oy + args[0]!;
        break;
      case 67:
      case 83: {
        let x1 = lastCurve === 67 ? 2 * x - ctrlX : x;
        let y1 = lastCurve === 67 ? 2 * y - ctrlY : y;
        let k = 0;
        if (command === 67) {
          x1 = ox + args[0]!;
          y1 = oy + args[1]!;
          k = 2;
        }
        const x2 = ox + args[k]!;
        const y2 = oy + args[k + 1]!;
        const x3 = ox + args[k + 2]!;
        const y3 = oy + args[k + 3]!;
        cubicExtremes(x, x1, x2, x3, addX);
        cubicExtremes(y, y1, y2, y3, addY);
        ctrlX = x2;
        ctrlY = y2;
        curve = 67;
        x = x3;
        y = y3;
        break;
      }
      case 81:
      case 84: {
        let x1 = lastCurve === 81 ? 2 * x - ctrlX : x;
        let y1 = lastCurve === 81 ? 2 * y - ctrlY : y;
        let k = 0;
        if (command === 81) {
          x1 = ox + args[0]!;
          y1 = oy + args[1]!;
          k = 2;
        }
        const x2 = ox + args[k]!;
        const y2 = oy + args[k + 1]!;
        quadExtreme(x, x1, x2, addX);
        quadExtreme(y, y1, y2, addY);
        ctrlX = x1;
        ctrlY = y1;
        curve = 81;
        x = x2;
        y = y2;
        break;
      }
      default: {
        // A
        const x2 = ox + args[5]!;
        const y2 = oy + args[6]!;
        arcExtremes(x, y, args[0]!, args[1]!, args[2]!, args[3]!, args[4]!, x2, y2);
        x = x2;
        y = y2;
      }
    }
    lastCurve = curve;
    addX(x);
    addY(y);
  }
}

/** Min and max x and y of what is drawn (minX is Infinity while nothing is). */
export interface Extent {
  /** The least x drawn (Infinity while nothing is). */
  minX: number;
  /** The least y drawn (Infinity while nothing is). */
  minY: number;
  /** The greatest x drawn (-Infinity while nothing is). */
  maxX: number;
  /** The greatest y drawn (-Infinity while nothing is). */
  maxY: number;
}

/**
 * Widens `extent` to take in the exact box of SVG path data `d` (every command, without stroke width), in
 * place and without allocating: for renderers that bound thousands of paths. Returns false (and leaves
 * `extent` as it was) when the path draws nothing.
 */
export function extendByPath(extent: Extent, d: string): boolean {
  pathBox(d);
  if (box.minX === Infinity) return false;
  if (box.minX < extent.minX) extent.minX = box.minX;
  if (box.minY < extent.minY) extent.minY = box.minY;
  if (box.maxX > extent.maxX) extent.maxX = box.maxX;
  if (box.maxY > extent.maxY) extent.maxY = box.maxY;
  return true;
}
