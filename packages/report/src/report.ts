/**
 * The case-file report: one PDF with, in this order, a title page (title, reference date, author), the chosen
 * maps as vector drawings with their legends, the insight summary (the figures and findings as `kring insight`
 * prints them), the plan and the task cards. Shared by `kring report` and the demo's "Report (PDF)".
 *
 * With `pseudonymise` (docs/format.md, "Pseudonymised output"): names are initials everywhere, also inside goal,
 * question and action texts (scene's `documentForText`, which `kring render` uses for the text beside a map too),
 * and there are no places, contacts, notes, agreements or dates; the maps are drawn by the renderers with the
 * same option.
 */
import {
  bindTranslator,
  type BoundTranslator,
  VIEWS,
  insightLines,
  insightReport,
  type KringDocument,
  type Locale,
  type MessageKey,
  type View,
} from '@kring/core';
import { renderEcogram } from '@kring/ecogram';
import { renderGenogram } from '@kring/genogram';
import {
  documentForText,
  planDocument,
  taskCards,
  type LegendEntry,
  type PlanActionLine,
  type PlanContact,
  type Renderer,
  type Scene,
} from '@kring/scene';
import { renderSociogram } from '@kring/sociogram';
import { translate as t, type ReportTemplates } from './messages.js';
import { drawScene, drawShapes, fitScale } from './draw-scene.js';
import { A4_LANDSCAPE, A4_PORTRAIT, PdfCanvas, type ReportFonts } from './pdf-canvas.js';

const RENDERERS: Readonly<Record<View, Renderer>> = {
  genogram: renderGenogram,
  ecogram: renderEcogram,
  sociogram: renderSociogram,
};

/** What `buildReport` puts in the case-file report and how. */
export interface ReportOptions {
  /** The language of the report. */
  locale: Locale;
  /** The maps to include, in this order; default all three. */
  views?: readonly View[];
  /** Initials instead of names, in the maps and the text (as the editor's pseudonymise). */
  pseudonymise?: boolean;
  /** Who made the report, shown on the title page. */
  author?: string;
  /**
   * Phone numbers, e-mail addresses and contact notes of the action team on the plan and the task cards
   * (default false: contact details leave the map only when asked for; never when pseudonymised).
   */
  contacts?: boolean;
}

const MARGIN = 56;
const BODY = 10.5;
const LINE = 1.4;

const capital = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Text pages: a cursor that moves down and starts a new A4 page when the next block does not fit. */
class Flow {
  y = 0;
  constructor(
    private readonly canvas: PdfCanvas,
    readonly width = A4_PORTRAIT[0] - 2 * MARGIN,
  ) {}

  page(): void {
    this.canvas.addPage(A4_PORTRAIT);
    this.y = MARGIN;
  }

  /** Makes sure `height` points fit below the cursor, else starts a new page. */
  room(height: number): void {
    if (this.y + height > A4_PORTRAIT[1] - MARGIN) this.page();
  }

  heading(text: string, size = 18): void {
    this.room(size * 3);
    this.y += size;
    for (const line of this.canvas.wrap(text, size, this.width, true)) {
      this.canvas.text(line, MARGIN, this.y, { size, bold: true });
      this.y += size * 1.25;
    }
    this.y += size * 0.25;
  }

  /** A paragraph, wrapped; `indent` in points. */
  para(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; color?: 'ink' | 'muted'; after?: number } = {},
  ): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    for (const line of this.canvas.wrap(text, size, this.width - indent, options.bold)) {
      this.room(size * LINE);
      this.y += size;
      this.canvas.text(line, MARGIN + indent, this.y, {
        size,
        bold: options.bold === true,
        color: options.color ?? 'ink',
      });
      this.y += size * (LINE - 1);
    }
    this.y += options.after ?? 0;
  }

  gap(height: number): void {
    this.y += height;
  }
}

/** Builds the report; resolves to the PDF's bytes. The same document, options and fonts give the same bytes. */
export async function buildReport(
  document: KringDocument,
  options: ReportOptions,
  fonts: ReportFonts,
): Promise<Uint8Array> {
  const locale = options.locale;
  const tr = bindTranslator(t, locale);
  const pseudonymise = options.pseudonymise === true;
  const views = options.views ?? VIEWS;
  // Names as the maps draw them: initials when pseudonymised (see module comment).
  const shown = documentForText(document, { locale, pseudonymise });
  const title = pseudonymise || !document.title?.trim() ? tr('render.title.untitled') : document.title.trim();
  const canvas = await PdfCanvas.create(fonts, `${title} — ${tr('report.title.kind')}`, locale);
  const viewTitle = (view: View) => capital(tr(`view.${view}` as MessageKey), locale);

  // Title page.
  const flow = new Flow(canvas);
  flow.page();
  flow.gap(120);
  flow.para(tr('report.title.kind'), { size: 14, color: 'muted', after: 6 });
  flow.heading(title, 26);
  if (document.referenceDate && !pseudonymise)
    flow.para(capital(tr('render.title.referenceDate', { date: document.referenceDate }), locale), {
      size: 12,
    });
  if (options.author?.trim())
    flow.para(tr('report.title.author', { author: options.author.trim() }), { size: 12 });
  if (pseudonymise) flow.para(tr('report.title.pseudonymised'), { size: 10, color: 'muted' });
  flow.gap(36);
  flow.para(tr('report.title.contents'), { size: 12, bold: true, after: 4 });
  const sections = [
    ...views.map(viewTitle),
    tr('report.section.insight'),
    tr('report.section.plan'),
    tr('report.section.taskCards'),
  ];
  for (const section of sections) flow.para(`– ${section}`, { size: 11, indent: 8 });

  // The maps, one landscape page each.
  for (const view of views) {
    const scene = RENDERERS[view](document, { locale, pseudonymise });
    drawMapPage(canvas, scene.nodes.length === 0 ? undefined : scene, viewTitle(view), scene.legend, tr);
  }

  // Insight.
  flow.page();
  flow.heading(tr('report.section.insight'));
  for (const line of insightLines(insightReport(shown, locale), locale)) {
    const indented = line.startsWith('  ');
    flow.para(line.trim(), { indent: indented ? 16 : 0, bold: !indented && line.endsWith(':') });
  }
  flow.gap(4);
  flow.para(tr('report.insight.supportKey'), { size: 9, color: 'muted' });

  // The plan and the task cards, from the plan-document builders that print and HTML export use too.
  const planOptions = { locale, pseudonymise, contacts: options.contacts === true };
  flow.page();
  flow.heading(tr('report.section.plan'));
  const plan = planDocument(document, planOptions);
  if (!plan) flow.para(tr('report.plan.none'));
  else {
    const { labels } = plan;
    for (const field of plan.fields) {
      flow.para(field.label, { bold: true });
      flow.para(field.text, { after: 6 });
    }
    flow.para(labels.actionTeam, { bold: true });
    if (plan.actionTeam.length === 0) flow.para(labels.noTeam, { after: 6 });
    for (const member of plan.actionTeam) flow.para(contactLine(member, labels), { indent: 12 });
    flow.gap(6);
    if (plan.invitees.length > 0) {
      flow.para(labels.invitees, { bold: true });
      for (const i of plan.invitees) flow.para(`${i.name} — ${i.status}`, { indent: 12 });
      flow.gap(6);
    }
    flow.heading(labels.actionsByOwner, 13);
    if (plan.actions.length === 0) flow.para(labels.noActions);
    const actionList = (owner: string, actions: readonly PlanActionLine[]) => {
      flow.room(BODY * LINE * 3);
      flow.para(owner, { bold: true });
      for (const action of actions) actionLines(flow, action, labels);
      flow.gap(6);
    };
    for (const group of plan.byOwner) actionList(group.owner.name, group.actions);
    if (plan.unowned.length > 0) actionList(labels.unowned, plan.unowned);
    if (plan.agreements.length > 0) {
      flow.heading(labels.agreements, 13);
      for (const line of plan.agreements) flow.para(line);
    }
  }

  // Task cards: one per owner, each in a frame, starting on a new page when it would not fit whole.
  flow.page();
  flow.heading(tr('report.section.taskCards'));
  const cards = taskCards(document, planOptions);
  if (cards.length === 0) flow.para(tr('report.card.none'));
  for (const card of cards) {
    const { labels } = card;
    flow.room(Math.min(80 + card.actions.length * 34 + card.call.length * 16, 600));
    const top = flow.y;
    const startPage = canvas.page;
    flow.gap(8);
    flow.heading(`${card.heading} — ${card.owner.name}`, 14);
    flow.para(labels.goal, { bold: true });
    flow.para(card.goal.trim() || '—', { after: 4 });
    flow.para(labels.myActions, { bold: true });
    for (const action of card.actions) actionLines(flow, action, labels);
    if (card.evaluationDate) flow.para(`${labels.evaluationDate}: ${card.evaluationDate}`, { after: 4 });
    flow.para(labels.call, { bold: true });
    if (card.call.length === 0) flow.para(labels.nobodyElse, { indent: 12 });
    for (const c of card.call) flow.para(contactLine(c, labels), { indent: 12 });
    flow.gap(8);
    if (canvas.page === startPage) {
      canvas.path(
        `M 0 0 H ${flow.width + 16} V ${flow.y - top} H 0 Z`,
        { stroke: 'muted', strokeWidth: 0.75 },
        MARGIN - 8,
        top,
        1,
      );
    }
    flow.gap(14);
  }

  // Page numbers.
  const pages = canvas.pdf.getPages();
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    canvas.page = page;
    canvas.width = width;
    canvas.height = height;
    const label = tr('report.page', { page: i + 1, pages: pages.length });
    canvas.text(label, width - MARGIN / 2 - canvas.measure(label, 8), height - MARGIN / 3, {
      size: 8,
      color: 'muted',
    });
  });
  return canvas.pdf.save({ useObjectStreams: false });
}

/** An action as lines: its text, then status, due date and the other owners. */
function actionLines(flow: Flow, action: PlanActionLine, labels: { due: string; with: string }): void {
  flow.para(`• ${action.text.trim() || '—'}`, { indent: 12 });
  const facts = [action.status];
  if (action.due) facts.push(`${labels.due} ${action.due}`);
  if (action.others.length > 0) facts.push(`${labels.with} ${action.others.join(', ')}`);
  flow.para(facts.join(' · '), { indent: 24, size: 9.5, color: 'muted', after: 3 });
}

/** A name with phone, e-mail and note when the builders included them (contacts asked for, not pseudonymised). */
function contactLine(c: PlanContact, labels: { phone: string; email: string; note: string }): string {
  const parts = [c.name];
  if (c.phone) parts.push(`${labels.phone} ${c.phone}`);
  if (c.email) parts.push(`${labels.email} ${c.email}`);
  if (c.note) parts.push(`${labels.note}: ${c.note}`);
  return parts.join(' — ');
}

const LEGEND_COLUMN = 190;
const LEGEND_SCALE = 0.7;
const LEGEND_TEXT = 8.5;

/** One landscape page: the view's name, the drawing fitted to the page, the legend in columns at the right. */
function drawMapPage(
  canvas: PdfCanvas,
  scene: Scene | undefined,
  heading: string,
  legend: readonly LegendEntry[],
  tr: BoundTranslator<ReportTemplates>,
): void {
  canvas.addPage(A4_LANDSCAPE);
  const [pageWidth, pageHeight] = A4_LANDSCAPE;
  const margin = 36;
  canvas.text(heading, margin, margin + 16, { size: 16, bold: true });
  const top = margin + 30;
  const bottom = pageHeight - margin;
  if (!scene) {
    canvas.text(tr('report.map.empty'), margin, top + 20, { size: BODY, color: 'muted' });
    return;
  }
  // The legend: rows of a sample (40 × 20 drawing units) and a wrapped label, in as many columns as needed.
  const labelX = 40 * LEGEND_SCALE + 6;
  const rows = legend.map((entry) => {
    const lines = canvas.wrap(entry.label, LEGEND_TEXT, LEGEND_COLUMN - labelX - 8);
    return { entry, lines, height: Math.max(20 * LEGEND_SCALE, lines.length * LEGEND_TEXT * 1.25) + 5 };
  });
  const columns: (typeof rows)[] = [];
  let used = Infinity;
  const legendTop = top + 22;
  for (const row of rows) {
    if (used + row.height > bottom - legendTop) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1]!.push(row);
    used += row.height;
  }
  const legendWidth = columns.length * LEGEND_COLUMN;
  const drawingWidth = pageWidth - 2 * margin - (legendWidth > 0 ? legendWidth + 16 : 0);
  const scale = fitScale(scene.bounds, drawingWidth, bottom - top, 1);
  drawScene(canvas, scene, margin + (drawingWidth - scene.bounds.width * scale) / 2, top, scale);
  if (columns.length === 0) return;
  const legendLeft = pageWidth - margin - legendWidth;
  canvas.text(tr('render.legend.title'), legendLeft, top + 12, { size: 11, bold: true });
  columns.forEach((column, c) => {
    let y = legendTop;
    const x = legendLeft + c * LEGEND_COLUMN;
    for (const row of column) {
      const sampleY = y + (row.height - 5 - 20 * LEGEND_SCALE) / 2;
      drawShapes(canvas, row.entry.sample, x, sampleY, LEGEND_SCALE);
      const textTop = y + (row.height - 5 - row.lines.length * LEGEND_TEXT * 1.25) / 2;
      row.lines.forEach((line, i) => {
        canvas.text(line, x + labelX, textTop + (i + 0.8) * LEGEND_TEXT * 1.25, { size: LEGEND_TEXT });
      });
      y += row.height;
    }
  });
}
