// svg-path-bbox 2.1.0 names type files its package does not hold: the one function the tests use.
declare module 'svg-path-bbox' {
  /** The box of path data as [minX, minY, maxX, maxY] (arcs by svgpath's cubic approximation). */
  export function svgPathBbox(d: string): [number, number, number, number];
}
