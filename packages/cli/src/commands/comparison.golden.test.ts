/**
 * Golden images of the comparison overlay in each view (scene's comparisonMarks, as the editor's snapshots
 * tab draws it over the later state): the example "Netwerk van Noor" at intake (T0) and after a change (T1:
 * a new cousin, Jesse gone, Ruud and Esther moved to ring 1) — joined outlined green, left grey and dashed at
 * the old place with the name, an arrow from the old place for a ring change. Rendered by headless Chromium
 * and compared with the PNGs in golden/comparison/; after an intended change run with `UPDATE_GOLDEN=1` and
 * review the new PNGs.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  addPerson,
  addTie,
  applyCommand,
  compareNetworks,
  linkParent,
  readDocumentText,
  removePerson,
  updateTie,
  VIEWS,
  type Command,
  type KringDocument,
} from '@kring/core';
import { renderEcogram } from '@kring/ecogram';
import { renderGenogram } from '@kring/genogram';
import { comparisonMarks, sceneToSvg, shapeBounds, textWidth, type Renderer, type Scene } from '@kring/scene';
import { renderSociogram } from '@kring/sociogram';
import { describe, expect, it } from 'vitest';
import { suiteRasteriser } from '../../../../scripts/golden/suite-rasteriser.js';
import { compareWithBaseline } from '../../../../scripts/golden/compare-png.js';

const NOOR = path.resolve(import.meta.dirname, '../../../examples/cases/noor-bij-tante.kring.json');
const BASELINES = path.resolve(import.meta.dirname, '../../../../golden/comparison');
const RENDERERS: Record<(typeof VIEWS)[number], Renderer> = {
  genogram: renderGenogram,
  ecogram: renderEcogram,
  sociogram: renderSociogram,
};

function intake(): KringDocument {
  const read = readDocumentText(fs.readFileSync(NOOR, 'utf8'));
  if (!read.ok) throw new Error('the example does not read');
  return read.document;
}

function evaluation(t0: KringDocument): KringDocument {
  const commands: Command[] = [
    addPerson({ id: 'p-daan', name: 'Daan Jansen', gender: 'man', birth: '2016' }),
    linkParent({ id: 'pc-daan', parent: 'p-marieke', child: 'p-daan', kind: 'biological' }),
    addTie({ id: 't-daan', from: 'p-noor', to: 'p-daan', ring: 2 }),
    removePerson('p-jesse'),
    updateTie('t-3', { ring: 1 }),
    updateTie('t-8', { ring: 1 }),
  ];
  let doc = t0;
  for (const command of commands) {
    const result = applyCommand(doc, command);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    doc = result.document;
  }
  return doc;
}

/** `after` with the overlay drawn last, its bounds grown to hold the marks (who left stood elsewhere). */
function compared(after: Scene, before: Scene, t0: KringDocument, t1: KringDocument): Scene {
  const result = compareNetworks(t0, t1);
  const marks = comparisonMarks(after, before, {
    added: result.added,
    removed: result.removed,
    moved: result.ringChanged.map((c) => c.id),
  });
  const b = shapeBounds([{ type: 'rect', ...after.bounds }, ...marks]);
  return { ...after, overlay: [...after.overlay, ...marks], bounds: b };
}

describe('golden images of the comparison overlay (Chromium)', { timeout: 180_000 }, () => {
  const rasteriser = suiteRasteriser();

  it.each(VIEWS)('noor-bij-tante T0 → T1 as %s looks like its baseline', async (view) => {
    const t0 = intake();
    const t1 = evaluation(t0);
    const render = RENDERERS[view];
    const scene = compared(render(t1, { locale: 'nl' }), render(t0, { locale: 'nl' }), t0, t1);
    const png = await rasteriser.render(
      sceneToSvg(scene, { locale: 'nl', legend: false }),
      `compare-${view}`,
    );
    const result = compareWithBaseline(png, path.join(BASELINES, `noor-bij-tante-${view}.png`));
    expect(['match', 'updated'], result.message).toContain(result.status);
  });

  it('draws each kind of change in every view where the view shows it', () => {
    const t0 = intake();
    const t1 = evaluation(t0);
    for (const view of VIEWS) {
      const render = RENDERERS[view];
      const scene = compared(render(t1, { locale: 'nl' }), render(t0, { locale: 'nl' }), t0, t1);
      const extra = scene.overlay.slice(render(t1, { locale: 'nl' }).overlay.length);
      // Daan joined: a solid outline in the positive colour.
      expect(
        extra.some((s) => s.type === 'rect' && s.stroke === 'positive'),
        view,
      ).toBe(true);
      // Jesse left: a dashed grey outline with his name.
      expect(
        extra.some((s) => s.type === 'rect' && s.stroke === 'muted' && s.dash),
        view,
      ).toBe(true);
      expect(
        extra.some((s) => s.type === 'text' && s.text === 'Jesse de Wit'),
        view,
      ).toBe(true);
      // A ring change moves the symbol only in the sociogram: arrows there (the others draw no rings).
      const arrows = extra.filter((s) => s.type === 'path' && s.stroke === 'accent').length;
      if (view === 'sociogram') expect(arrows).toBe(2);
      else expect(arrows, view).toBeLessThanOrEqual(2);
    }
  });

  it('puts the leaver’s outline and name where they cover no one’s symbol or name, in every view', () => {
    const t0 = intake();
    const t1 = evaluation(t0);
    for (const view of VIEWS) {
      const render = RENDERERS[view];
      const after = render(t1, { locale: 'nl' });
      const scene = compared(after, render(t0, { locale: 'nl' }), t0, t1);
      const extra = scene.overlay.slice(after.overlay.length);
      const ghost = extra.find((s) => s.type === 'rect' && s.stroke === 'muted');
      const name = extra.find((s) => s.type === 'text' && s.text === 'Jesse de Wit');
      if (ghost?.type !== 'rect' || name?.type !== 'text') throw new Error(`no leaver drawn in the ${view}`);
      const half = textWidth(name.text, name.size ?? 12) / 2;
      const marks = [
        ghost,
        { x: name.x - half, y: name.y - 0.8 * (name.size ?? 12), width: 2 * half, height: name.size ?? 12 },
      ];
      // Every symbol with its name, date and place lines (what the genogram draws under a person).
      const covered = after.nodes.filter((n) => {
        const b = shapeBounds(
          n.shapes.length > 0
            ? n.shapes
            : [{ type: 'rect', x: n.x, y: n.y, width: n.width, height: n.height }],
        );
        return marks.some(
          (m) => m.x < b.x + b.width && b.x < m.x + m.width && m.y < b.y + b.height && b.y < m.y + m.height,
        );
      });
      expect(
        covered.map((n) => n.label),
        view,
      ).toEqual([]);
    }
  });
});
