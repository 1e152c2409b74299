/** Every verb: when it can run (without side effects), that a run is one undo step, and its refusals' text. */
import {
  ALL_SECTOR_KEYS,
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  PARTNERSHIP_EVENT_KINDS,
  PARTNERSHIP_TYPES,
  SECTOR_PRESET_NAMES,
  ZYGOSITIES,
  addPerson,
  addTie,
  applyCommand,
  newDocument,
  takeSnapshot,
  type KringDocument,
} from '@kring/core';
import { describe, expect, it } from 'vitest';
import { family } from './test-fixtures.js';
import { TestHost } from './test-support/verb-host.js';
import * as V from './verbs.js';

/** Samira's family before any link: everyone is on the map, nothing links them yet. */
function samira(): KringDocument {
  return newDocument({
    focus: 'samira',
    referenceDate: '2026-12-01',
    persons: [
      { id: 'samira', name: 'Samira', gender: 'woman', birth: '2011' },
      { id: 'fatima', name: 'Fatima', gender: 'woman', birth: '1982' },
      { id: 'karim', name: 'Karim', gender: 'man', birth: '1979' },
      { id: 'yusuf', name: 'Yusuf', gender: 'man', birth: '2015' },
      { id: 'aicha', name: 'oma Aicha', gender: 'woman', birth: '1955' },
      { id: 'lotte', name: 'Lotte', gender: 'woman', birth: '2011' },
    ],
    organisations: [{ id: 'school', name: 'De Brug', category: 'school' }],
  });
}

/** Runs a verb and checks it made exactly one undo step that undo takes back entirely. */
function oneStep(host: TestHost, run: () => boolean) {
  const before = host.doc;
  const steps = host.steps;
  expect(run()).toBe(true);
  expect(host.steps).toBe(steps + 1);
  const after = host.doc;
  host.undo();
  expect(host.doc).toEqual(before);
  host.redo();
  expect(host.doc).toEqual(after);
}

/** Keys of the format's enumerations that are no Dutch word (`donor` and `school` are). */
const ENUM_KEYS: readonly string[] = [
  ...PARTNERSHIP_EVENT_KINDS,
  ...PARTNERSHIP_TYPES,
  ...PARENT_CHILD_KINDS,
  ...ZYGOSITIES,
  ...EMOTIONAL_KINDS,
  ...ALL_SECTOR_KEYS,
  ...SECTOR_PRESET_NAMES,
].filter((k: string) => k !== 'donor' && k !== 'school');

/** No enumeration key of the format in a message (the catalogue's labels are used). */
function expectNoEnumKey(text: string) {
  const words = new Set(text.split(/[^\p{L}_]+/u));
  expect(ENUM_KEYS.filter((k) => words.has(k))).toEqual([]);
}

describe('link verbs', () => {
  it('partners: two live persons not yet partners; one step; the new relation is selected', () => {
    const host = new TestHost(samira());
    expect(V.link.canRun(host, 'partners', ['fatima', 'karim'])).toBe(true);
    expect(V.link.canRun(host, 'partners', ['fatima'])).toBe(false);
    expect(V.link.canRun(host, 'partners', ['fatima', 'school'])).toBe(false);
    oneStep(host, () => V.link.run(host, 'partners', ['fatima', 'karim']));
    const p = host.doc.partnerships[0]!;
    expect([p.a, p.b, p.type, p.events]).toEqual(['fatima', 'karim', 'marriage', []]);
    expect(host.selection).toEqual([p.id]);
    expect(host.lastAnnouncement).toBe(
      'Toegevoegd: Fatima en Karim zijn partners. Het detailpaneel toont het.',
    );
    expect(V.link.canRun(host, 'partners', ['karim', 'fatima'])).toBe(false);
  });

  it('canRun has no side effects', () => {
    const host = new TestHost(samira());
    const doc = host.doc;
    for (const kind of ['partners', 'parent', 'siblings', 'household', 'twins', 'emotional', 'tie'] as const)
      V.link.canRun(host, kind, ['fatima', 'samira']);
    expect(host.doc).toBe(doc);
    expect(host.steps).toBe(0);
    expect(host.announcements).toEqual([]);
  });

  it('parent and child: the child hangs under the couple when the other parent is a partner', () => {
    const host = new TestHost(samira());
    V.link.run(host, 'partners', ['fatima', 'karim']);
    oneStep(host, () => V.link.run(host, 'parent', ['fatima', 'samira']));
    V.link.run(host, 'parent', ['karim', 'samira']);
    const couple = host.doc.partnerships[0]!.id;
    expect(host.doc.parentChild.map((l) => [l.parent, l.child, l.kind, l.partnership])).toEqual([
      ['fatima', 'samira', 'biological', undefined],
      ['karim', 'samira', 'biological', couple],
    ]);
    expect(V.link.canRun(host, 'parent', ['karim', 'samira'])).toBe(false); // already
  });

  it('parent: refused with the names and the rule when a third biological parent is asked for', () => {
    const host = new TestHost(samira());
    V.link.run(host, 'parent', ['fatima', 'samira']);
    V.link.run(host, 'parent', ['karim', 'samira']);
    expect(V.link.canRun(host, 'parent', ['aicha', 'samira'])).toBe(false);
    expect(V.link.run(host, 'parent', ['aicha', 'samira'])).toBe(false);
    expect(host.lastAnnouncement).toBe('Niet gedaan: Samira heeft al twee biologische ouders.');
    const cycle = new TestHost(host.doc);
    cycle.locale = 'en';
    expect(V.link.run(cycle, 'parent', ['samira', 'fatima'])).toBe(false);
    expect(cycle.lastAnnouncement).toBe('Not done: This would make Fatima an ancestor of Samira.');
  });

  it('siblings: share the parents of the one who has them, in one step', () => {
    const host = new TestHost(samira());
    V.link.run(host, 'parent', ['fatima', 'samira']);
    V.link.run(host, 'parent', ['karim', 'samira']);
    oneStep(host, () => V.link.run(host, 'siblings', ['samira', 'yusuf']));
    expect(host.doc.parentChild.filter((l) => l.child === 'yusuf').map((l) => l.parent)).toEqual([
      'fatima',
      'karim',
    ]);
    expect(V.link.canRun(host, 'siblings', ['samira', 'yusuf'])).toBe(false);
  });

  it('siblings: create two unknown parents when nobody has any', () => {
    const host = new TestHost(samira());
    oneStep(host, () => V.link.run(host, 'siblings', ['samira', 'yusuf', 'lotte']));
    expect(host.doc.persons).toHaveLength(8);
    expect(host.doc.parentChild).toHaveLength(6);
    expect(host.doc.partnerships).toHaveLength(1);
  });

  it('siblings: not with different parents', () => {
    const host = new TestHost(samira());
    V.link.run(host, 'parent', ['fatima', 'samira']);
    V.link.run(host, 'parent', ['aicha', 'yusuf']);
    expect(V.link.canRun(host, 'siblings', ['samira', 'yusuf'])).toBe(false);
  });

  it('household: a current household; joining the one that exists instead of a second', () => {
    const host = new TestHost(samira());
    oneStep(host, () => V.link.run(host, 'household', ['samira', 'fatima', 'yusuf']));
    const h = host.doc.households[0]!;
    expect([h.members, h.current]).toEqual([['samira', 'fatima', 'yusuf'], true]);
    expect(host.selection).toEqual([h.id]);
    oneStep(host, () => V.link.run(host, 'household', ['samira', 'aicha']));
    expect(host.doc.households).toHaveLength(1);
    expect(host.doc.households[0]!.members).toEqual(['samira', 'fatima', 'yusuf', 'aicha']);
    expect(V.link.canRun(host, 'household', ['samira', 'aicha'])).toBe(false);
  });

  it('twins: of unknown zygosity; refused when their biological parents differ', () => {
    const host = new TestHost(samira());
    oneStep(host, () => V.link.run(host, 'twins', ['samira', 'lotte']));
    expect(host.doc.multipleBirths[0]).toMatchObject({ members: ['samira', 'lotte'], zygosity: 'unknown' });
    const other = new TestHost(samira());
    V.link.run(other, 'parent', ['fatima', 'samira']);
    V.link.run(other, 'parent', ['aicha', 'yusuf']);
    expect(V.link.canRun(other, 'twins', ['samira', 'yusuf'])).toBe(false);
    expect(V.link.run(other, 'twins', ['samira', 'yusuf'])).toBe(false);
    expect(other.lastAnnouncement).toContain('Samira en Yusuf zijn een meerling');
    expectNoEnumKey(other.lastAnnouncement!);
  });

  it('interaction line: close, without direction', () => {
    const host = new TestHost(samira());
    oneStep(host, () => V.link.run(host, 'emotional', ['samira', 'aicha']));
    expect(host.doc.emotional[0]).toMatchObject({
      a: 'samira',
      b: 'aicha',
      kind: 'close',
      direction: 'none',
    });
  });

  it('tie: between persons or organisations', () => {
    const host = new TestHost(samira(), { view: 'ecogram' });
    oneStep(host, () => V.link.run(host, 'tie', ['samira', 'school']));
    expect(host.doc.ties[0]).toMatchObject({ from: 'samira', to: 'school' });
  });

  it('read-only: nothing can run', () => {
    const host = new TestHost(samira());
    host.readonly = true;
    expect(V.link.canRun(host, 'partners', ['fatima', 'karim'])).toBe(false);
    expect(V.link.run(host, 'partners', ['fatima', 'karim'])).toBe(false);
    expect(V.linkChoices(host, ['fatima', 'karim'])).toEqual([]);
  });
});

describe('linkChoices (what the menu and toolbar offer)', () => {
  it('two persons: every link that can run, by a clear name', () => {
    const host = new TestHost(samira(), { selection: ['fatima', 'samira'] });
    expect(V.linkChoices(host).map((c) => c.label)).toEqual([
      'Fatima en Samira zijn partners',
      'Fatima is ouder van Samira',
      'Samira is ouder van Fatima',
      'Fatima en Samira zijn broers en zussen',
      'Fatima en Samira wonen samen',
      'Fatima en Samira zijn een tweeling (meerling)',
      'Relatielijn tussen Fatima en Samira',
      'Verbinding tussen Fatima en Samira',
    ]);
  });
  it('only what fits: a person and an organisation get a tie; one person nothing; three no pair links', () => {
    const host = new TestHost(samira());
    expect(V.linkChoices(host, ['samira', 'school']).map((c) => c.kind)).toEqual(['tie']);
    expect(V.linkChoices(host, ['samira'])).toEqual([]);
    expect(V.linkChoices(host, ['samira', 'yusuf', 'lotte']).map((c) => c.kind)).toEqual([
      'siblings',
      'household',
      'twins',
    ]);
  });
});

describe('other verbs', () => {
  it('undo and redo: enabled only with something to undo or redo', () => {
    const host = new TestHost(family());
    expect(V.undo.canRun(host)).toBe(false);
    V.addEntityVerb.run(host, 'person');
    expect(V.undo.canRun(host)).toBe(true);
    expect(V.redo.canRun(host)).toBe(false);
    V.undo.run(host);
    expect(V.redo.canRun(host)).toBe(true);
  });

  it('adding: an organisation only outside the genogram; a person tied to the focus in the network views', () => {
    const host = new TestHost(family());
    expect(V.addEntityVerb.canRun(host, 'organisation')).toBe(false);
    oneStep(host, () => V.addEntityVerb.run(host, 'person'));
    host.view = 'sociogram';
    expect(V.addEntityVerb.canRun(host, 'organisation')).toBe(true);
    oneStep(host, () => V.addEntityVerb.run(host, 'organisation'));
    const org = host.doc.organisations.at(-1)!;
    expect(host.doc.ties.some((t) => t.from === 'p-tilda' && t.to === org.id)).toBe(true);
  });

  it('new ids carry the host’s client tag, so two editors of one map never make the same id', () => {
    const host = new TestHost(family(), { selection: ['p-cor'] });
    V.addRelativeVerb.run(host, 'child');
    expect(host.selection).toEqual(['person-test0-1']);
    host.view = 'sociogram';
    V.addEntityVerb.run(host, 'organisation');
    expect(host.selection).toEqual(['org-test0-1']);
    expect(host.doc.ties.at(-1)!.id).toBe('tie-test0-1');
    // The ids that were there stay as they are.
    expect(host.doc.persons.slice(0, family().persons.length)).toEqual(family().persons);
  });

  it('relatives: one selected person in the genogram', () => {
    const host = new TestHost(family(), { selection: ['p-cor'] });
    expect(V.addRelativeVerb.canRun(host, 'child')).toBe(true);
    oneStep(host, () => V.addRelativeVerb.run(host, 'child'));
    host.view = 'ecogram';
    expect(V.addRelativeVerb.canRun(host, 'child')).toBe(false);
  });

  it('delete: not the focus alone; refused with the name', () => {
    const host = new TestHost(family(), { selection: ['p-tilda'] });
    expect(V.deleteSelection.canRun(host)).toBe(false);
    expect(V.deleteSelection.run(host)).toBe(false);
    expect(host.lastAnnouncement).toContain('Tilda is de centrale persoon');
    host.select(['p-tilda', 'p-cor']);
    oneStep(host, () => V.deleteSelection.run(host));
  });

  it('delete: someone in a snapshot makes the host ask; erasing from the snapshots is in the same undo step', () => {
    const withSnapshot = applyCommand(family(), takeSnapshot({ id: 's-1', label: 'T0', date: '2024-01-01' }));
    if (!withSnapshot.ok) throw new Error('no snapshot');
    const host = new TestHost(withSnapshot.document, { selection: ['p-cor', 'p-tilda'] });
    const asked: (readonly string[])[] = [];
    host.askErase = (ids) => asked.push(ids);
    // Asked, not deleted yet (the focus is never erased).
    expect(V.deleteSelection.run(host)).toBe(false);
    expect(asked).toEqual([['p-cor']]);
    expect(host.doc.persons.some((p) => p.id === 'p-cor')).toBe(true);
    // Erase too: gone from the map and from the snapshot, one step that undo takes back.
    oneStep(host, () => V.deleteSelection.run(host, true));
    expect(host.doc.persons.some((p) => p.id === 'p-cor')).toBe(false);
    expect(host.doc.snapshots[0]!.state.persons.some((p) => p.id === 'p-cor')).toBe(false);
    expect(host.lastAnnouncement).toContain('Cor');
    // Keep the snapshots: only the map now loses Cor.
    host.undo();
    host.select(['p-cor']);
    oneStep(host, () => V.deleteSelection.run(host, false));
    expect(host.doc.snapshots[0]!.state.persons.some((p) => p.id === 'p-cor')).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('moving by keys and by drag pins the symbols, one step each', () => {
    const host = new TestHost(family(), { selection: ['p-bram'] });
    oneStep(host, () => V.moveSelection.run(host, 10, 0));
    oneStep(host, () => V.moveNodes.run(host, [{ id: 'p-bram', to: { x: 5, y: 5 } }]));
    expect(host.doc.layouts.genogram?.positions?.['p-bram']).toEqual({ x: 5, y: 5 });
    expect(V.moveNodes.canRun(host, [])).toBe(false);
  });

  it('view, selection and zoom verbs', () => {
    const host = new TestHost(family());
    expect(V.setView.canRun(host, 'genogram')).toBe(false);
    expect(V.setView.run(host, 'sociogram')).toBe(true);
    expect(host.view).toBe('sociogram');
    expect(V.clearSelection.canRun(host)).toBe(false);
    V.selectAll.run(host);
    expect(host.selection.length).toBeGreaterThan(1);
    expect(V.clearSelection.run(host)).toBe(true);
    V.zoomIn.run(host);
    expect(host.viewport.k).toBeCloseTo(1.25);
    expect(V.fit.canRun(host)).toBe(true);
    expect(host.steps).toBe(0);
  });

  it('relayout and unpin', () => {
    const host = new TestHost(family(), { selection: ['p-bram'] });
    V.moveSelection.run(host, 10, 0);
    oneStep(host, () => V.unpinSelection.run(host));
    expect(V.relayoutAll.canRun(host)).toBe(true);
  });
});

describe('the tray: placing people of the document in the network', () => {
  function withTies(): KringDocument {
    const doc = samira();
    return {
      ...doc,
      households: [{ id: 'h', members: ['samira', 'fatima', 'yusuf'], current: true }],
      parentChild: [
        { id: 'l1', parent: 'fatima', child: 'samira', kind: 'biological' },
        { id: 'l2', parent: 'karim', child: 'samira', kind: 'biological' },
      ],
      ties: [{ id: 't1', from: 'samira', to: 'lotte', strength: 3, ring: 1 }],
    };
  }

  it('lists who the view does not draw: not home, not an alter', () => {
    const host = new TestHost(withTies(), { view: 'sociogram' });
    expect(V.notInView(host)).toEqual(['karim', 'aicha', 'school']);
  });

  it('places one with a tie to the focus, in the ring chosen', () => {
    const host = new TestHost(withTies(), { view: 'sociogram' });
    expect(V.placeInView.canRun(host, 'lotte')).toBe(false);
    oneStep(host, () => V.placeInView.run(host, 'aicha', { ring: 2, sector: 'family' }));
    expect(host.doc.ties.at(-1)).toMatchObject({ from: 'samira', to: 'aicha', ring: 2, sector: 'family' });
    expect(host.lastAnnouncement).toBe('oma Aicha geplaatst in cirkel 2, familie');
    expect(V.notInView(host)).not.toContain('aicha');
  });

  it('places the household and close family in one step (home: ring 1, others: ring 2)', () => {
    const host = new TestHost(withTies(), { view: 'ecogram' });
    expect(V.placeCloseFamily.canRun(host)).toBe(true);
    oneStep(host, () => V.placeCloseFamily.run(host));
    expect(host.doc.ties.slice(1).map((t) => [t.to, t.ring])).toEqual([
      ['fatima', 1],
      ['yusuf', 1],
      ['karim', 2],
    ]);
    expect(V.placeCloseFamily.canRun(host)).toBe(false);
    host.view = 'genogram';
    expect(V.placeCloseFamily.canRun(host)).toBe(false);
  });

  it('close family placed "none yet" (no ring) gets its ring by the same rule when the family is placed', () => {
    const host = new TestHost(withTies(), { view: 'sociogram' });
    // As on a phone: Karim's button in the tray with the ring left at "none yet".
    oneStep(host, () => V.placeInView.run(host, 'karim', {}));
    expect(host.doc.ties.at(-1)).toMatchObject({ to: 'karim' });
    expect(host.doc.ties.at(-1)!.ring).toBeUndefined();
    oneStep(host, () => V.placeCloseFamily.run(host));
    const ringOf = (to: string) => host.doc.ties.find((t) => t.from === 'samira' && t.to === to)?.ring;
    expect(['fatima', 'yusuf', 'karim', 'lotte'].map(ringOf)).toEqual([1, 1, 2, 1]);
    expect(host.doc.ties.filter((t) => t.ring === undefined)).toEqual([]);
    // Nothing left to place: the button goes.
    expect(V.placeCloseFamily.canRun(host)).toBe(false);
  });

  it('genogram: persons known only through ties', () => {
    const doc = family();
    const host = new TestHost(
      {
        ...doc,
        persons: [...doc.persons, { id: 'p-buur', name: 'Buurvrouw', gender: 'woman' }],
        ties: [...doc.ties, { id: 't-b', from: 'p-tilda', to: 'p-buur' }],
      },
      { view: 'genogram' },
    );
    expect(V.notInView(host)).toContain('p-buur');
  });
});

describe('api.apply', () => {
  it('applies a list as one step; a refusal is returned in the user language, never thrown', () => {
    const host = new TestHost(family());
    const ok = V.applyCommands(host, [
      addPerson({ id: 'p-new', name: 'Nieuw', gender: 'unknown' }),
      addTie({ id: 't-new', from: 'p-tilda', to: 'p-new' }),
    ]);
    expect(ok).toEqual({ ok: true });
    expect(host.steps).toBe(1);
    const refused = V.applyCommands(host, addTie({ id: 't-x', from: 'p-tilda', to: 'p-tilda' }));
    expect(refused).toMatchObject({ ok: false, message: 'Een lijn van Tilda naar Tilda zelf kan niet.' });
    expect(host.steps).toBe(1);
    host.readonly = true;
    expect(V.applyCommands(host, addPerson({ id: 'p-2', name: 'X', gender: 'unknown' })).ok).toBe(false);
  });
});

describe('keyboard multi-selection', () => {
  it('Space holds the focused selection, then adds and removes symbols; clearing lets go', () => {
    const host = new TestHost(family(), { selection: ['p-anna'] });
    V.toggleInSelection.run(host, 'p-anna');
    expect([host.selection, host.selectionHeld]).toEqual([['p-anna'], true]);
    V.toggleInSelection.run(host, 'p-bram');
    expect(host.selection).toEqual(['p-anna', 'p-bram']);
    expect(host.lastAnnouncement).toBe('Geselecteerd: Anna en Bram');
    V.toggleInSelection.run(host, 'p-anna');
    expect(host.selection).toEqual(['p-bram']);
    V.toggleInSelection.run(host, 'p-bram');
    expect([host.selection, host.selectionHeld]).toEqual([[], false]);
  });
});

describe('keyboard move mode', () => {
  const x = (host: TestHost) => host.doc.layouts.genogram?.positions?.['p-bram']?.x;

  it('picks up only an editable selection, once', () => {
    const host = new TestHost(family());
    expect(V.pickUp.canRun(host)).toBe(false);
    host.select(['p-bram']);
    expect(V.pickUp.canRun(host)).toBe(true);
    expect(V.dropMove.canRun(host)).toBe(false);
    expect(V.pickUp.run(host)).toBe(true);
    expect(host.lastAnnouncement).toBe(
      'Opgepakt: Bram. Pijltjes verplaatsen, Enter zet neer, Escape zet terug.',
    );
    expect([V.pickUp.canRun(host), V.dropMove.canRun(host), V.cancelMove.canRun(host)]).toEqual([
      false,
      true,
      true,
    ]);
    const readonly = new TestHost(family(), { selection: ['p-bram'] });
    readonly.readonly = true;
    expect(V.pickUp.run(readonly)).toBe(false);
  });

  it('a whole move (many arrow steps) is one undo step when dropped', () => {
    const host = new TestHost(family(), { selection: ['p-bram'] });
    oneStep(host, () => {
      V.pickUp.run(host);
      for (let i = 0; i < 4; i++) V.moveSelection.run(host, 10, 0);
      V.moveSelection.run(host, 0, 1);
      return V.dropMove.run(host);
    });
    expect(host.lastAnnouncement).toBe('Neergezet: Bram');
  });

  it('cancelling puts the symbols back and leaves nothing to undo or redo', () => {
    const host = new TestHost(family(), { selection: ['p-bram'] });
    const before = host.doc;
    V.pickUp.run(host);
    V.moveSelection.run(host, 10, 0);
    expect(x(host)).toBeDefined();
    expect(V.cancelMove.run(host)).toBe(true);
    expect(host.doc).toEqual(before);
    expect([host.canUndo, host.canRedo, host.steps, host.moving]).toEqual([false, false, 0, false]);
    expect(host.lastAnnouncement).toBe('Teruggezet: Bram');
  });
});
