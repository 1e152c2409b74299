/**
 * `kring render <file> --view …`: draws a document as a standalone SVG (stdout, or the file named by -o).
 * Also the shared pieces of `kring layout`: argument parsing, reading the document, the renderer per view.
 */
import {
  VIEWS,
  insightBlock,
  mapHighlight,
  parseHighlight,
  type KringDocument,
  type Locale,
  type View,
} from '@kring/core';
import { t } from '../messages.js';
import { renderEcogram } from '@kring/ecogram';
import { renderGenogram } from '@kring/genogram';
import {
  documentForText,
  embedRefusal,
  sceneToSvg,
  SvgExportError,
  type PageFit,
  type RenderOptions,
  type Renderer,
} from '@kring/scene';
import { renderSociogram } from '@kring/sociogram';
import {
  EXIT,
  localeOfArgv,
  parseLocale,
  parseOptions,
  writeOutput,
  type CommandIO,
  type Parsed,
} from './command.js';
import { formatProblem } from './format-problem.js';
import { readKringFile } from './read-kring-file.js';
import type { CliMessage, CliMessageKey } from '../messages.js';

/** The renderer of each view; the layout packages export them. */
export const RENDERERS: Readonly<Record<View, Renderer>> = {
  genogram: renderGenogram,
  ecogram: renderEcogram,
  sociogram: renderSociogram,
};

export interface ViewArgs {
  file: string;
  view: View;
  locale: Locale;
  pseudonymise: boolean;
  /** Condition labels neutral ("kenmerk 1", …): `--hide-health`. */
  hideHealth: boolean;
}

export interface RenderArgs extends ViewArgs {
  legend: boolean;
  title: boolean;
  fit: PageFit;
  embed: boolean;
  /** `--highlight <choice>`: grey out everyone else (core's parseHighlight values). */
  highlight?: string;
  /** `--insight`: the insight block (figures and findings of `kring insight`) below the legend. */
  insight: boolean;
  output?: string;
}

const FITS: Readonly<Record<string, PageFit>> = { a4: 'a4-landscape', a3: 'a3-landscape' };

const COMMON = {
  view: { type: 'string' },
  locale: { type: 'string' },
  pseudonymise: { type: 'boolean' },
  'hide-health': { type: 'boolean' },
} as const;

function parseCommon(values: Record<string, unknown>, positionals: string[]): Parsed<ViewArgs> {
  if (positionals.length !== 1) return { ok: false, message: { key: 'cli.fileRequired' } };
  const view = values['view'];
  if (typeof view !== 'string') return { ok: false, message: { key: 'cli.viewRequired' } };
  if (!(VIEWS as readonly string[]).includes(view))
    return { ok: false, message: { key: 'cli.unknownView', params: { value: view } } };
  const locale = parseLocale(values['locale'] as string | undefined);
  if (!locale.ok) return locale;
  return {
    ok: true,
    value: {
      file: positionals[0]!,
      view: view as View,
      locale: locale.value,
      pseudonymise: values['pseudonymise'] === true,
      hideHealth: values['hide-health'] === true,
    },
  };
}

export function parseViewArgs(argv: readonly string[]): Parsed<ViewArgs> {
  return parseOptions(argv, COMMON, parseCommon);
}

export function parseRenderArgs(argv: readonly string[]): Parsed<RenderArgs> {
  const options = {
    ...COMMON,
    'no-legend': { type: 'boolean' },
    'no-title': { type: 'boolean' },
    fit: { type: 'string' },
    embed: { type: 'boolean' },
    highlight: { type: 'string' },
    insight: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  } as const;
  return parseOptions(argv, options, (values, positionals) => {
    const common = parseCommon(values, positionals);
    if (!common.ok) return common;
    const fitName = values['fit'];
    const fit = fitName === undefined ? 'none' : FITS[String(fitName)];
    if (!fit) return { ok: false, message: { key: 'cli.unknownFit', params: { value: String(fitName) } } };
    // The writer's own guard, asked before the file is read: no document in a pseudonymised export.
    const refusal = values['embed'] === true ? embedRefusal(common.value) : undefined;
    if (refusal) return { ok: false, message: refusal };
    const highlight = values['highlight'];
    if (typeof highlight === 'string' && parseHighlight(highlight) === undefined)
      return { ok: false, message: { key: 'cli.unknownHighlight', params: { value: highlight } } };
    return {
      ok: true,
      value: {
        ...common.value,
        legend: values['no-legend'] !== true,
        title: values['no-title'] !== true,
        fit,
        embed: values['embed'] === true,
        ...(typeof highlight === 'string' ? { highlight } : {}),
        insight: values['insight'] === true,
        output: typeof values['output'] === 'string' ? values['output'] : undefined,
      },
    };
  });
}

/** The renderer options of a command line. */
export function renderOptions(args: ViewArgs): RenderOptions {
  return { locale: args.locale, pseudonymise: args.pseudonymise, hideHealth: args.hideHealth };
}

/** Reads and checks the document; on failure prints every error with its path, as `kring validate` does. */
export function loadDocument(file: string, locale: Locale, io: CommandIO): KringDocument | undefined {
  const read = readKringFile(file, io);
  if (!read.ok) {
    io.err(`${file}: ${t(locale, read.message.key, read.message.params)}\n`);
    return undefined;
  }
  if (read.result.ok) return read.result.document;
  for (const problem of read.result.problems) io.err(`${formatProblem(file, problem, locale)}\n`);
  return undefined;
}

/** Prints what is wrong with the command line and the usage; returns the usage exit code. */
export function usageError(
  io: CommandIO,
  argv: readonly string[],
  message: CliMessage,
  usageKey: CliMessageKey,
): number {
  const locale = localeOfArgv(argv);
  io.err(`${t(locale, message.key, message.params)}\n${t(locale, usageKey)}\n`);
  return EXIT.usage;
}

/** `kring render`; returns the exit code. */
export function runRender(argv: readonly string[], io: CommandIO): number {
  const parsed = parseRenderArgs(argv);
  if (!parsed.ok) return usageError(io, argv, parsed.message, 'cli.renderUsage');
  const args = parsed.value;
  const document = loadDocument(args.file, args.locale, io);
  if (!document) return EXIT.refused;
  const scene = RENDERERS[args.view](document, renderOptions(args));
  // Text beside the drawing names people as the drawing does (initials with --pseudonymise).
  const shown = documentForText(document, renderOptions(args));
  const chosen = args.highlight === undefined ? undefined : parseHighlight(args.highlight);
  const highlight = chosen && mapHighlight(shown, chosen, null, args.locale);
  let svg: string;
  try {
    svg = sceneToSvg(scene, {
      locale: args.locale,
      title: args.title,
      legend: args.legend,
      fit: args.fit,
      documentTitle: document.title,
      referenceDate: document.referenceDate,
      pseudonymise: args.pseudonymise,
      hideHealth: args.hideHealth,
      embedDocument: args.embed ? document : undefined,
      ...(highlight ? { highlight } : {}),
      ...(args.insight ? { insight: insightBlock(shown, args.locale) } : {}),
    });
  } catch (error) {
    if (!(error instanceof SvgExportError)) throw error;
    io.err(`${t(args.locale, error.detail.key, error.detail.params)}\n`);
    return EXIT.usage;
  }
  if (args.output === undefined || args.output === '-') {
    io.out(svg);
    return EXIT.ok;
  }
  if (!writeOutput(io, args.locale, args.output, svg)) return EXIT.refused;
  io.err(`${t(args.locale, 'cli.written', { file: args.output })}\n`);
  return EXIT.ok;
}
