/**
 * `kring layout <file> --view …`: prints the laid-out scene as JSON: for every drawn node its document id,
 * kind, label and symbol box (top-left origin, the SVG's drawing units), and every edge's id and ends.
 * Meant for tests, other tools and checking a layout without looking at it.
 */
import type { Scene } from '@kring/scene';
import { EXIT, type CommandIO } from './command.js';
import { RENDERERS, loadDocument, parseViewArgs, renderOptions, usageError } from './render.js';

/** Two decimals, as in the SVG, so the JSON is stable across platforms. */
const round = (value: number) => Math.round(value * 100) / 100 || 0;

export interface LayoutJson {
  view: Scene['view'];
  bounds: Scene['bounds'];
  nodes: {
    id: string;
    kind: string;
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
    pinned: boolean;
  }[];
  edges: { id: string; kind: string; from?: string; to?: string }[];
}

export function sceneLayout(scene: Scene): LayoutJson {
  const b = scene.bounds;
  return {
    view: scene.view,
    bounds: { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) },
    nodes: scene.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      x: round(n.x),
      y: round(n.y),
      width: round(n.width),
      height: round(n.height),
      pinned: n.pinned === true,
    })),
    edges: scene.edges.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...(e.from !== undefined ? { from: e.from } : {}),
      ...(e.to !== undefined ? { to: e.to } : {}),
    })),
  };
}

/** `kring layout`; returns the exit code. */
export function runLayout(argv: readonly string[], io: CommandIO): number {
  const parsed = parseViewArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'cli.layoutUsage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const scene = RENDERERS[args.view](document, renderOptions(args));
  io.out(`${JSON.stringify(sceneLayout(scene), null, 2)}\n`);
  return EXIT.ok;
}
