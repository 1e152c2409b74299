import { describe, expect, it } from 'vitest';
import type { KringDocument } from '@kring/core';
import { shapeBounds, type Scene, type SceneNode, type Shape } from '@kring/scene';
import { renderGenogram } from './index.js';
import {
  childOf,
  coupleWithTwoChildren,
  emptyDocument,
  married,
  person,
  showcase,
} from './test-support/documents.js';
import { labelBoxes, overlaps, symbolBoxes } from './test-support/geometry.js';

const render = (doc: KringDocument, locale: 'en' | 'nl' = 'en') => renderGenogram(doc, { locale });
const node = (scene: Scene, id: string): SceneNode => scene.nodes.find((n) => n.id === id)!;
const centreX = (n: SceneNode) => n.x + n.width / 2;
const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));

describe('renderGenogram on a couple with two children', () => {
  const scene = render(coupleWithTwoChildren());

  it('places every box at exact figures: parents on the top row, children oldest-left below', () => {
    const boxes = Object.fromEntries(scene.nodes.map((n) => [n.id, [n.x, n.y, n.width, n.height]]));
    expect(boxes).toEqual({
      jan: [38, 39, 40, 40],
      els: [144, 39, 40, 40],
      bas: [47, 170, 40, 40],
      ana: [135, 170, 40, 40],
    });
  });

  it('hangs the children centred under the middle of the couple line', () => {
    const mid = (centreX(node(scene, 'jan')) + centreX(node(scene, 'els'))) / 2;
    // x-placement snaps symbols to whole units, so the children's middle may sit half a unit off.
    expect(
      Math.abs((centreX(node(scene, 'bas')) + centreX(node(scene, 'ana'))) / 2 - mid),
    ).toBeLessThanOrEqual(0.5);
    const couple = scene.edges.find((e) => e.kind === 'partnership')!;
    expect(couple.shapes.map((s) => (s.type === 'path' ? s.d : s.type === 'text' ? s.text : ''))).toEqual([
      'M 58 79 L 58 89 L 164 89 L 164 79',
      'm. 1989',
    ]);
  });

  it('writes age inside, birth year above-left and the name below', () => {
    const jan = node(scene, 'jan');
    const shapes = jan.shapes.filter((s) => s.type === 'text');
    const age = shapes.find((s) => s.text === '66')!;
    const year = shapes.find((s) => s.text === '1960')!;
    const name = shapes.find((s) => s.text === 'Jan')!;
    expect([age.x, age.y]).toEqual([58, 59]);
    expect(year.anchor).toBe('end');
    expect(year.x).toBeLessThan(58);
    expect(year.y).toBeLessThan(jan.y);
    expect(name.y).toBeGreaterThan(jan.y + jan.height);
  });

  it('lists only what is used in the legend, in the locale', () => {
    expect(scene.legend.map((l) => l.key)).toEqual([
      'symbol.man',
      'symbol.woman',
      'index',
      'partnership.marriage',
      'descent.biological',
    ]);
    const nl = render(coupleWithTwoChildren(), 'nl');
    expect(nl.legend.map((l) => l.label)).toContain('huwelijk');
    expect(texts(nl.edges.flatMap((e) => e.shapes))).toContain('geh. 1989');
  });
});

describe('partners and children', () => {
  it('keeps children of two unions under their own couple, most recent partner nearest', () => {
    const doc = emptyDocument('kid1');
    doc.persons.push(
      person('x', 'man', '1950'),
      person('first', 'woman', '1952'),
      person('second', 'woman', '1960'),
      person('kid1', 'man', '1975'),
      person('kid2', 'woman', '1990'),
    );
    const m1 = married('m1', 'x', 'first', '1972', [{ kind: 'divorced', date: '1980' }]);
    const m2 = married('m2', 'x', 'second', '1985');
    doc.partnerships.push(m1, m2);
    doc.parentChild.push(...childOf(m1, 'kid1'), ...childOf(m2, 'kid2'));
    const scene = render(doc);
    const xs = (id: string) => centreX(node(scene, id));
    // The hub sits between its partners; each child under its own couple's middle.
    expect(xs('first') < xs('x') === xs('x') < xs('second')).toBe(true);
    expect(Math.abs(xs('kid1') - (xs('x') + xs('first')) / 2)).toBeLessThan(1);
    expect(Math.abs(xs('kid2') - (xs('x') + xs('second')) / 2)).toBeLessThan(1);
    const divorce = scene.edges.find((e) => e.id === 'm1')!;
    expect(divorce.shapes.filter((s) => s.type === 'path')).toHaveLength(3); // the couple line, 2 slashes
    expect(texts(divorce.shapes)).toEqual(['m. 1972 · d. 1980']);
  });

  it('puts a partner on the side of their own family of origin', () => {
    const doc = emptyDocument('kid');
    doc.persons.push(
      person('gp1', 'man', '1930'),
      person('gm1', 'woman', '1932'),
      person('gp2', 'man', '1931'),
      person('gm2', 'woman', '1933'),
      person('dad', 'man', '1960'),
      person('mum', 'woman', '1962'),
      person('aunt', 'woman', '1958'),
      person('uncle', 'man', '1965'),
      person('kid', 'woman', '1990'),
    );
    const a = married('a', 'gp1', 'gm1', '1955');
    const b = married('b', 'gp2', 'gm2', '1956');
    // Listed mum first, so only the ordering pass can put dad on his family's side.
    const c = married('c', 'mum', 'dad', '1988');
    doc.partnerships.push(a, b, c);
    doc.parentChild.push(
      ...childOf(a, 'dad'),
      ...childOf(a, 'aunt'),
      ...childOf(b, 'mum'),
      ...childOf(b, 'uncle'),
      ...childOf(c, 'kid'),
    );
    const scene = render(doc);
    const xs = (id: string) => centreX(node(scene, id));
    const dadSideLeft = xs('gp1') < xs('gp2');
    expect(xs('dad') < xs('mum')).toBe(dadSideLeft);
    expect(xs('aunt') < xs('dad')).toBe(dadSideLeft);
    expect(xs('uncle') > xs('mum')).toBe(dadSideLeft);
  });

  it('draws identical twins from one apex with a bar', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.find((p) => p.id === 'ana')!.birth = '1990';
    doc.multipleBirths.push({ id: 'tw', members: ['bas', 'ana'], zygosity: 'monozygotic' });
    const scene = render(doc);
    const drops = scene.edges.filter((e) => e.kind === 'descent' && e.to !== undefined && e.id !== 'm1');
    const starts = drops.map((e) => (e.shapes[0]!.type === 'path' ? e.shapes[0]!.d.split(' ')[1] : ''));
    expect(new Set(starts).size).toBe(1);
    expect(scene.edges.find((e) => e.kind === 'multiple-birth')!.shapes).toHaveLength(1);
    expect(scene.legend.map((l) => l.key)).toContain('twins.monozygotic');
  });
});

describe('notation', () => {
  it('crosses out the deceased with the age at death inside, X or slash', () => {
    const doc = coupleWithTwoChildren();
    doc.persons[0]!.death = '2020-05-01';
    const x = node(render(doc), 'jan');
    expect(texts(x.shapes)).toContain('60');
    const paths = (n: typeof x) => n.shapes.flatMap((s) => (s.type === 'path' ? [s.d] : []));
    // The X is one path of two strokes corner to corner, 1 unit beyond the 40-unit square.
    expect(paths(x)).toEqual([`M 37 38 L 79 80 M 79 38 L 37 80`]);
    doc.options.deathMark = 'slash';
    expect(paths(node(render(doc), 'jan'))).toEqual([`M 37 80 L 79 38`]);
  });

  it('draws the index person with a double outline', () => {
    const scene = render(coupleWithTwoChildren());
    expect(node(scene, 'ana').shapes.filter((s) => s.type === 'circle' && s.stroke === 'ink')).toHaveLength(
      2,
    );
    expect(node(scene, 'bas').shapes.filter((s) => s.type === 'rect' && s.stroke === 'ink')).toHaveLength(1);
  });

  it('uses McGoldrick pregnancy glyphs by default and NSGC glyphs as option', () => {
    const doc = coupleWithTwoChildren();
    const m = doc.partnerships[0]!;
    doc.persons.push(person('mc', 'unknown', '1995', { birthStatus: 'miscarriage', name: '' }));
    doc.parentChild.push(...childOf(m, 'mc'));
    const mc = node(render(doc), 'mc');
    expect(mc.shapes.filter((s) => s.type !== 'text')).toEqual([
      expect.objectContaining({ type: 'circle', fill: 'ink' }),
    ]);
    doc.options.symbols = 'nsgc';
    expect(node(render(doc), 'mc').shapes[0]).toMatchObject({ type: 'path', stroke: 'ink' });
  });

  it('never draws a pet and an unknown-gender person with the same glyph', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(person('pet', 'unknown', '2015', { pet: true }), person('unk', 'unknown', '2000'));
    const scene = render(doc);
    const glyph = (id: string) =>
      JSON.stringify(
        node(scene, id)
          .shapes.filter((s) => s.type !== 'text')
          .map((s) => s.type),
      );
    expect(glyph('pet')).not.toEqual(glyph('unk'));
    expect(node(scene, 'pet').width).toBeLessThan(node(scene, 'unk').width);
  });

  it('keys condition fills to the legend by quadrant and colour', () => {
    const doc = coupleWithTwoChildren();
    doc.persons[0]!.conditions = [{ key: 'diabetes', label: 'diabetes' }];
    doc.persons[1]!.conditions = [
      { key: 'adhd', label: 'ADHD' },
      { key: 'diabetes', label: 'diabetes' },
    ];
    const scene = render(doc);
    const fills = (id: string) =>
      node(scene, id).shapes.flatMap((s) =>
        s.type !== 'text' && s.fill?.startsWith('fill') ? [s.fill] : [],
      );
    expect(fills('jan')).toEqual(['fill1']);
    expect(fills('els')).toEqual(['fill2', 'fill1']);
    expect(scene.legend.filter((l) => l.key.startsWith('condition:')).map((l) => l.label)).toEqual([
      'diabetes',
      'ADHD',
    ]);
  });

  it("holds a dome's arc and each condition's pie slice within the picture's bounds and the node's box", () => {
    const doc = emptyDocument('alex');
    doc.persons.push(
      person('alex', 'non_binary', undefined, {
        conditions: [
          { key: 'adhd', label: 'ADHD' },
          { key: 'diabetes', label: 'diabetes' },
          { key: 'asthma', label: 'asthma' },
        ],
      }),
    );
    const scene = render(doc);
    const alex = node(scene, 'alex');
    // The dome's half circle reaches the top of its 40-unit box, which no point of its path data lies on.
    expect(scene.bounds.y).toBeLessThanOrEqual(alex.y - 16);
    // Its shapes but the labels lie within its box (the pie slices' arcs reach no farther than the dome).
    const box = shapeBounds(alex.shapes.filter((s) => s.type !== 'text'));
    expect(box.x).toBeGreaterThanOrEqual(alex.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(alex.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(alex.x + alex.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(alex.y + alex.height + 1);
    expect(box.height).toBeGreaterThan(alex.height - 1);
  });

  it('draws a dashed household boundary and emotional lines with their own glyphs', () => {
    const scene = render(showcase(), 'nl');
    // One closed dashed outline per household, however many rows its members sit in.
    const outlines = scene.background.filter((s) => s.type === 'path' && s.dash !== undefined);
    expect(outlines).toHaveLength(1);
    expect(outlines[0]!.type === 'path' && outlines[0]!.d.endsWith('Z')).toBe(true);
    const kinds = scene.legend.map((l) => l.key);
    expect(kinds).toEqual(
      expect.arrayContaining(['emotional.hostile', 'emotional.close', 'emotional.cutoff', 'household']),
    );
    expect(scene.description).toContain('aangemelde persoon Sanne de Vries');
  });

  it('keeps labels off symbols and symbols apart in the showcase', () => {
    const scene = render(showcase());
    const symbols = symbolBoxes(scene);
    for (const a of symbols)
      for (const b of symbols) if (a.id < b.id) expect(overlaps(a.box, b.box)).toBe(false);
    for (const label of labelBoxes(scene))
      for (const s of symbols) expect(overlaps(label.box, s.box), `${label.text} over ${s.id}`).toBe(false);
  });
});

describe('pins', () => {
  it('keeps a pinned person exactly at its centre and moves others out of its way', () => {
    const doc = coupleWithTwoChildren();
    doc.layouts.genogram = { positions: { ana: { x: 60.5, y: 170 } } };
    const scene = render(doc);
    const ana = node(scene, 'ana');
    expect([ana.x + 20, ana.y + 20, ana.pinned]).toEqual([60.5, 170, true]);
    expect(
      overlaps(symbolBoxes(scene).find((b) => b.id === 'bas')!.box, {
        left: ana.x,
        top: ana.y,
        right: ana.x + 40,
        bottom: ana.y + 40,
      }),
    ).toBe(false);
  });
});

describe('households and pets', () => {
  it('puts a pet in its household’s youngest row, right after the members', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(
      person('dog', 'unknown', '2019', { name: 'Rex', pet: true }),
      person('x', 'man', '1991', { name: 'X' }),
    );
    doc.partnerships.push(married('m2', 'ana', 'x', '2015'));
    doc.households.push({ id: 'h', members: ['dog', 'jan', 'els', 'bas'], current: true });
    const scene = render(doc);
    const dog = node(scene, 'dog');
    const row = scene.nodes.filter((n) => n.id !== 'dog' && Math.abs(n.y - dog.y) < 1);
    expect(row.map((n) => n.id).sort()).toEqual(['ana', 'bas', 'x']);
    // Right after Bas, the household's member in that row: nobody between them.
    const between = row.filter((n) => centreX(n) > centreX(node(scene, 'bas')) && centreX(n) < centreX(dog));
    expect(between).toEqual([]);
    expect(centreX(dog)).toBeGreaterThan(centreX(node(scene, 'bas')));
    const outlines = scene.background.filter((s) => s.type === 'path');
    expect(outlines).toHaveLength(1);
  });
});

describe('who the genogram draws', () => {
  it('leaves the network out and puts persons with no relation yet apart, under a label', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(
      person('buur', 'woman', '1950', { name: 'Buurvrouw' }),
      person('nieuw', 'man', '1990', { name: 'Nieuw' }),
    );
    doc.ties.push({ id: 't1', from: 'ana', to: 'buur' });
    const scene = render(doc);
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['ana', 'bas', 'els', 'jan', 'nieuw']);
    const family = scene.nodes.filter((n) => n.id !== 'nieuw');
    const right = Math.max(...family.map((n) => n.x + n.width));
    expect(node(scene, 'nieuw').x).toBeGreaterThan(right + 60);
    expect(texts(scene.background)).toContain('not yet connected');
    expect(texts(render(coupleWithTwoChildren()).background)).not.toContain('not yet connected');
  });

  it('draws a significant other in the row of their emotional line, right of the family, before the apart group', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(
      person('vriend', 'man', '1991', { name: 'Vriend' }),
      person('partner', 'woman', '1993', { name: 'Partner' }),
      person('nieuw', 'man', '1990', { name: 'Nieuw' }),
    );
    doc.partnerships.push(married('m2', 'vriend', 'partner', '2020'));
    doc.ties.push({ id: 't1', from: 'ana', to: 'vriend' });
    doc.emotional.push(
      { id: 'e1', a: 'bas', b: 'vriend', kind: 'close', direction: 'none' },
      { id: 'e2', a: 'vriend', b: 'jan', kind: 'distant', direction: 'none' },
    );
    const scene = render(doc);
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['ana', 'bas', 'els', 'jan', 'nieuw', 'vriend']);
    const vriend = node(scene, 'vriend');
    expect(vriend.y).toBe(node(scene, 'bas').y);
    const family = scene.nodes.filter((n) => !['vriend', 'nieuw'].includes(n.id));
    expect(vriend.x).toBeGreaterThan(Math.max(...family.map((n) => n.x + n.width)) + 40);
    expect(node(scene, 'nieuw').x).toBeGreaterThan(vriend.x + vriend.width + 60);
    const lines = scene.edges.filter((e) => e.kind === 'emotional').map((e) => e.id);
    expect(lines.sort()).toEqual(['e1', 'e2']);
    expect(scene.edges.some((e) => e.id === 'm2')).toBe(false);
  });

  it('counts a person added alone with an emotional line into the family as a significant other', () => {
    const doc = coupleWithTwoChildren();
    doc.persons.push(person('juf', 'woman', '1970', { name: 'Juf' }));
    doc.emotional.push({ id: 'e1', a: 'juf', b: 'jan', kind: 'close', direction: 'none' });
    const scene = render(doc);
    expect(node(scene, 'juf').y).toBe(node(scene, 'jan').y);
    expect(texts(scene.background)).not.toContain('not yet connected');
  });
});
