/**
 * The plan document and task cards as one standalone HTML file (the demo's "export as HTML"): plain,
 * printable on A4 (each task card on its own page), no script, no external resource; every text escaped.
 */
import type { Locale } from '@kring/core';
import type { PlanActionLine, PlanContact, PlanDocument, TaskCard } from './plan-document.js';
import { translatePlan } from './plan-translator.js';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The print style the demo's print view uses too (A4 portrait, one card a page). */
export const PLAN_PRINT_CSS = `@page { size: A4 portrait; margin: 16mm 18mm; }
body { font-family: system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; margin: 0; }
.kring-sheet { max-width: 174mm; margin: 0 auto; }
.kring-sheet + .kring-sheet { break-before: page; page-break-before: always; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-wrap; }
ul { margin: 0; padding-left: 5mm; }
li { margin: 0 0 1.5mm; break-inside: avoid; }
.kring-meta { color: #444; font-size: 10pt; }
.kring-subtitle { color: #444; margin: 0 0 4mm; }`;

function actionItem(action: PlanActionLine, labels: { due: string; with: string }): string {
  const meta = [
    action.status,
    ...(action.due !== undefined ? [`${labels.due} ${action.due}`] : []),
    ...(action.others.length > 0 ? [`${labels.with} ${action.others.join(', ')}`] : []),
  ];
  return `<li>${escapeHtml(action.text)}<br><span class="kring-meta">${escapeHtml(meta.join(' · '))}</span></li>`;
}

function contactItem(c: PlanContact, labels: { phone: string; email: string; note: string }): string {
  const parts = [
    ...(c.phone !== undefined ? [`${labels.phone} ${c.phone}`] : []),
    ...(c.email !== undefined ? [`${labels.email} ${c.email}`] : []),
    ...(c.note !== undefined ? [`${labels.note}: ${c.note}`] : []),
  ];
  return `<li>${escapeHtml(c.name)}${parts.length > 0 ? ` <span class="kring-meta">${escapeHtml(parts.join(' · '))}</span>` : ''}</li>`;
}

const list = (items: string[], empty: string): string =>
  items.length === 0 ? `<p>${escapeHtml(empty)}</p>` : `<ul>${items.join('')}</ul>`;

/** The plan document as an HTML fragment (one sheet). */
export function planDocumentHtml(plan: PlanDocument): string {
  const l = plan.labels;
  const out: string[] = ['<section class="kring-sheet">', `<h1>${escapeHtml(plan.heading)}</h1>`];
  if (plan.title !== undefined) out.push(`<p class="kring-subtitle">${escapeHtml(plan.title)}</p>`);
  out.push(
    `<dl>${plan.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.text)}</dd>`).join('')}</dl>`,
  );
  if (plan.agreements.length > 0)
    out.push(
      `<h2>${escapeHtml(l.agreements)}</h2>`,
      list(
        plan.agreements.map((a) => `<li>${escapeHtml(a)}</li>`),
        '',
      ),
    );
  out.push(`<h2>${escapeHtml(l.actionsByOwner)}</h2>`);
  if (plan.byOwner.length === 0 && plan.unowned.length === 0) out.push(`<p>${escapeHtml(l.noActions)}</p>`);
  for (const group of plan.byOwner)
    out.push(
      `<h3>${escapeHtml(group.owner.name)}</h3>`,
      list(
        group.actions.map((a) => actionItem(a, l)),
        '',
      ),
    );
  if (plan.unowned.length > 0)
    out.push(
      `<h3>${escapeHtml(l.unowned)}</h3>`,
      list(
        plan.unowned.map((a) => actionItem(a, l)),
        '',
      ),
    );
  out.push(
    `<h2>${escapeHtml(l.actionTeam)}</h2>`,
    list(
      plan.actionTeam.map((c) => contactItem(c, l)),
      l.noTeam,
    ),
  );
  out.push('</section>');
  return out.join('\n');
}

/** One task card as an HTML fragment (one sheet). */
export function taskCardHtml(card: TaskCard): string {
  const l = card.labels;
  const out: string[] = [
    '<section class="kring-sheet">',
    `<h1>${escapeHtml(card.heading)}</h1>`,
    `<p class="kring-subtitle">${escapeHtml(card.owner.name)}</p>`,
    `<dl><dt>${escapeHtml(l.goal)}</dt><dd>${escapeHtml(card.goal.trim() === '' ? '—' : card.goal)}</dd>`,
    card.evaluationDate !== undefined
      ? `<dt>${escapeHtml(l.evaluationDate)}</dt><dd>${escapeHtml(card.evaluationDate)}</dd>`
      : '',
    '</dl>',
    `<h2>${escapeHtml(l.myActions)}</h2>`,
    list(
      card.actions.map((a) => actionItem(a, l)),
      '',
    ),
    `<h2>${escapeHtml(l.involved)}</h2>`,
    list(
      card.involved.map((p) => `<li>${escapeHtml(p.name)}</li>`),
      l.nobodyElse,
    ),
    `<h2>${escapeHtml(l.call)}</h2>`,
    list(
      card.call.map((c) => contactItem(c, l)),
      l.nobodyElse,
    ),
    '</section>',
  ];
  return out.filter((s) => s !== '').join('\n');
}

/** A standalone HTML file holding the plan document (when given) and the task cards, for A4. */
export function planHtml(
  locale: Locale,
  parts: { plan?: PlanDocument | undefined; cards?: readonly TaskCard[] },
): string {
  const sheets = [
    ...(parts.plan ? [planDocumentHtml(parts.plan)] : []),
    ...(parts.cards ?? []).map(taskCardHtml),
  ];
  const title =
    parts.plan?.title !== undefined
      ? translatePlan(locale, 'render.plan.documentTitle', {
          heading: parts.plan.heading,
          title: parts.plan.title,
        })
      : parts.plan
        ? parts.plan.heading
        : translatePlan(locale, 'render.plan.cards');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
${PLAN_PRINT_CSS}
</style>
</head>
<body>
${sheets.join('\n')}
</body>
</html>
`;
}
