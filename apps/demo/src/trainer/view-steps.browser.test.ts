import { readDocument, VIEWS } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, test } from 'vitest';
import { sceneOf } from '../render/map-svg.js';
import { stepScene } from '../render/step-scene.js';
import { candidates, sequence, shownAfter, trainerSteps, type TrainerStep } from './steps.js';
import { forView, highlightOf, visibleIds } from './view-steps.js';

const examples = EXAMPLES.map((e) => {
  const read = readDocument(e.document);
  if (!read.ok) throw new Error(`${e.slug} does not read`);
  return { slug: e.slug, doc: read.document };
});

/** What a step scene draws, as comparable text: node ids and edge ids with their kinds. */
function drawn(scene: ReturnType<typeof sceneOf>): string[] {
  if (!scene) return [];
  return [...scene.nodes.map((n) => `n:${n.id}`), ...scene.edges.map((e) => `e:${e.kind}:${e.id}`)].sort();
}

describe('steps follow the view', () => {
  for (const { slug, doc } of examples)
    for (const view of VIEWS)
      test(`${slug}, ${view}: every step presented changes the picture, and the last shows it all`, () => {
        const whole = sceneOf(doc, view, 'nl', false)!;
        const steps = forView(trainerSteps(doc, view), visibleIds(whole));
        let before: string[] = [];
        for (let i = 0; i < steps.length; i++) {
          const step = steps[i]!;
          const scene = stepScene(doc, whole, shownAfter(steps, i), {
            view,
            locale: 'nl',
            pseudonymise: false,
            withPlan: step.kind === 'plan',
          });
          const now = drawn(scene);
          if (step.kind !== 'plan')
            expect(now, `${slug} ${view} step ${i + 1} (${step.key})`).not.toEqual(before);
          // Something of what the step adds is marked.
          if (step.kind !== 'plan')
            expect(highlightOf(step, visibleIds(whole), doc.plan).size).toBeGreaterThan(0);
          before = now;
        }
        expect(before).toEqual(drawn(whole));
      });

  test("the Noor case's genogram no longer steps through ties it does not draw", () => {
    const noor = examples.find((e) => e.slug.startsWith('noor'))!.doc;
    const all = trainerSteps(noor, 'genogram');
    const whole = sceneOf(noor, 'genogram', 'nl', false)!;
    const presented = forView(all, visibleIds(whole));
    expect(all.length).toBe(33);
    expect(presented.length).toBeLessThan(20);
    expect(presented.some((s) => s.kind === 'tie')).toBe(false);
    expect(presented.at(-1)?.kind).toBe('plan');
  });

  test('the ecogram and sociogram walk the ties ring by ring before the family', () => {
    const noor = examples.find((e) => e.slug.startsWith('noor'))!.doc;
    const kinds = candidates(noor, 'sociogram').map((c) => c.kind);
    expect(kinds.indexOf('family')).toBeGreaterThan(kinds.lastIndexOf('tie'));
    const genogram = candidates(noor, 'genogram').map((c) => c.kind);
    expect(genogram.indexOf('tie')).toBeGreaterThan(genogram.lastIndexOf('family'));
  });
});

describe('forView', () => {
  const step = (key: string, reveal: string[], extra: Partial<TrainerStep> = {}): TrainerStep =>
    ({ key, kind: 'other', subject: key, targets: reveal, reveal, ...extra }) as TrainerStep;

  test('a step the view does not draw, or a hidden one, comes along with the next step shown', () => {
    const visible = new Set(['a', 'b', 'c']);
    const out = forView(
      [
        step('a', ['a']),
        step('x', ['x']),
        step('b', ['b'], { hidden: true }),
        step('c', ['c']),
        step('y', ['y']),
      ],
      visible,
    );
    expect(out.map((s) => [s.key, s.reveal])).toEqual([
      ['a', ['a']],
      ['c', ['x', 'b', 'c', 'y']],
    ]);
  });

  test('text slides stay; a chosen highlight wins over the new elements', () => {
    const slide = { key: 'text:1', kind: 'text', slide: { text: 'Hallo' }, reveal: [] } as TrainerStep;
    const out = forView([step('a', ['a']), slide], new Set(['a']));
    expect(out.map((s) => s.key)).toEqual(['a', 'text:1']);
    expect([...highlightOf(step('a', ['a'], { highlight: ['z'] }), new Set(['a']), null)]).toEqual(['z']);
    expect([...highlightOf(step('a', ['a'], { highlight: [] }), new Set(['a']), null)]).toEqual([]);
  });

  test('sequence: an item that adds nothing in its place is left out, unless asked to keep it', () => {
    const noor = examples[0]!.doc;
    const list = candidates(noor, 'genogram');
    const tie = list.find((c) => c.kind === 'tie' && c.subject !== noor.focus)!;
    // The tie first: it brings its ends; the person's own step later adds nothing.
    const reordered = [list[0]!, tie, ...list.slice(1).filter((c) => c !== tie)];
    const steps = sequence(noor, reordered);
    expect(steps[1]!.reveal).toContain(tie.subject);
    expect(steps.some((s) => s.key === `node:${tie.subject}`)).toBe(false);
    expect(sequence(noor, reordered, { keepEmpty: true }).length).toBe(reordered.length);
  });
});
