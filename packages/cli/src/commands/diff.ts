/**
 * `kring diff <a> <b> [--json]` and `kring diff <file> --from <id|label> --to <id|label|now> [--json]`: what
 * changed in the network around the client between two files, or between two snapshots of one file (or a
 * snapshot and the live map), by core's compareNetworks (docs/insight.md, "Change over time").
 *
 * A contract (docs/cli.md): exit 0 whether or not there are differences, 1 for a file that cannot be read or
 * is not a valid map, 2 for a wrong command line — and for a snapshot reference that names no snapshot, or a
 * label more than one snapshot has. With `--json` stdout holds exactly one JSON object, core's
 * comparisonReport (`added`, `removed`, `ringChanged`, … each sorted by id) plus `from` and `to`.
 */
import {
  compareNetworks,
  comparisonReport,
  describeComparison,
  stateAt,
  type KringDocument,
  type Locale,
} from '@kring/core';
import { t } from '../messages.js';
import { EXIT, parseLocale, parseOptions, type CommandIO, type Parsed } from './command.js';
import { loadDocument, usageError } from './render.js';
import type { CliMessage } from '../messages.js';

type DiffArgs =
  | { mode: 'files'; a: string; b: string; json: boolean; locale: Locale }
  | { mode: 'snapshots'; file: string; from: string; to: string; json: boolean; locale: Locale };

function parseDiffArgs(argv: readonly string[]): Parsed<DiffArgs> {
  const options = {
    json: { type: 'boolean' },
    locale: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  } as const;
  return parseOptions<DiffArgs>(argv, options, (values, positionals) => {
    const locale = parseLocale(values['locale'] as string | undefined);
    if (!locale.ok) return locale;
    const json = values['json'] === true;
    const from = values['from'] as string | undefined;
    const to = values['to'] as string | undefined;
    if (from === undefined && to === undefined && positionals.length === 2)
      return {
        ok: true,
        value: { mode: 'files', a: positionals[0]!, b: positionals[1]!, json, locale: locale.value },
      };
    if (from !== undefined && to !== undefined && positionals.length === 1)
      return {
        ok: true,
        value: { mode: 'snapshots', file: positionals[0]!, from, to, json, locale: locale.value },
      };
    return { ok: false, message: { key: 'compare.cli.filesOrSnapshots' } };
  });
}

/** One side of the comparison: the map to compare, how to name it, and what JSON says about it. */
interface Side {
  document: KringDocument;
  name: string;
  json: { file: string; snapshot: string | null };
}

/** The state `ref` names in `doc` (read from `file`), or the message why there is none. */
function sideOf(
  doc: KringDocument,
  file: string,
  ref: string,
  locale: Locale,
): { ok: true; side: Side } | { ok: false; message: CliMessage } {
  const found = stateAt(doc, ref);
  if (found.ok) {
    const s = found.snapshot;
    return {
      ok: true,
      side: {
        document: found.document,
        name: s ? `${s.label} (${s.date})` : t(locale, 'compare.now'),
        json: { file, snapshot: s ? s.id : null },
      },
    };
  }
  if (found.reason === 'ambiguous')
    return {
      ok: false,
      message: { key: 'compare.cli.ambiguous', params: { file, ref, ids: found.ids.join(', ') } },
    };
  if (doc.snapshots.length === 0)
    return { ok: false, message: { key: 'compare.cli.noSnapshots', params: { file, ref } } };
  const list = doc.snapshots.map((s) => `${s.id} "${s.label}"`).join(', ');
  return { ok: false, message: { key: 'compare.cli.notFound', params: { file, ref, list } } };
}

/** The two sides to compare; an exit code when a file or a reference fails (already explained on stderr). */
function sidesOf(args: DiffArgs, io: CommandIO): [Side, Side] | number {
  const { locale } = args;
  if (args.mode === 'files') {
    const a = loadDocument(args.a, locale, io);
    const b = loadDocument(args.b, locale, io);
    if (!a || !b) return EXIT.refused;
    return [
      { document: a, name: args.a, json: { file: args.a, snapshot: null } },
      { document: b, name: args.b, json: { file: args.b, snapshot: null } },
    ];
  }
  const doc = loadDocument(args.file, locale, io);
  if (!doc) return EXIT.refused;
  const from = sideOf(doc, args.file, args.from, locale);
  const to = sideOf(doc, args.file, args.to, locale);
  for (const side of [from, to])
    if (!side.ok) {
      io.err(`${t(locale, side.message.key, side.message.params)}\n`);
      return EXIT.usage;
    }
  return [(from as { side: Side }).side, (to as { side: Side }).side];
}

/** `kring diff`; returns the exit code. */
export function runDiff(argv: readonly string[], io: CommandIO): number {
  const parsed = parseDiffArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'compare.cli.usage');
  const args = parsed.value;
  const sides = sidesOf(args, io);
  if (typeof sides === 'number') return sides;
  const [from, to] = sides;
  const comparison = compareNetworks(from.document, to.document);
  if (args.json) {
    const report = comparisonReport(comparison, from.document, to.document, args.locale);
    io.out(`${JSON.stringify({ ...report, from: from.json, to: to.json }, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = describeComparison(comparison, from.document, to.document, args.locale);
  const heading = t(args.locale, 'compare.cli.heading', { from: from.name, to: to.name });
  const body =
    lines.length === 0 ? [`  ${t(args.locale, 'compare.nothing')}`] : lines.map((l) => `  ${l.text}`);
  io.out(`${[heading, ...body].join('\n')}\n`);
  return EXIT.ok;
}
