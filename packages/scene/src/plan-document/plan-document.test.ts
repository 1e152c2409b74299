import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, it } from 'vitest';
import { partialDateWords, planDocument, taskCards } from './plan-document.js';
import { planHtml } from './plan-html.js';

function noor(): KringDocument {
  const read = readDocument(EXAMPLES.find((e) => e.slug === 'noor-bij-tante')!.document);
  if (!read.ok) throw new Error('example unreadable');
  const doc = read.document;
  // The version-2 parts, with contacts, an organisation as owner and an evaluation date.
  return {
    ...doc,
    persons: doc.persons.map((p) =>
      p.id === 'p-marieke' ? { ...p, contact: { phone: '06 1111 2222', note: 'na 17 uur' } } : p,
    ),
    plan: {
      ...doc.plan!,
      question: 'Hoe blijft Noor in contact met Yasmina?',
      evaluationDate: '2022-05-14',
      agreements: 'Niemand praat slecht over Yasmina.\n\nWe bellen elkaar bij zorgen.',
      invitees: [
        { id: 'p-ruud', status: 'confirmed' },
        { id: 'o-wij', status: 'invited' },
      ],
      actions: [
        ...doc.plan!.actions,
        { id: 'a-6', text: 'Huiswerkbegeleiding voor Noor', owners: ['o-school'], status: 'proposed' },
        { id: 'a-7', text: 'Wie haalt Noor op?', owners: [], status: 'proposed', due: '~2022' },
      ],
    },
  };
}

describe('planDocument', () => {
  it('lists goal, question, dates, agreements, actions by owner, team and invitees', () => {
    const plan = planDocument(noor(), { locale: 'nl' })!;
    expect(plan.heading).toBe('Toekomstplan');
    expect(plan.title).toBe('Netwerk van Noor');
    expect(plan.fields.map((f) => [f.label, f.text])).toEqual([
      [
        'Doel',
        'Noor woont veilig en stabiel bij tante Marieke en houdt contact met haar moeder en haar vader.',
      ],
      ['Centrale vraag', 'Hoe blijft Noor in contact met Yasmina?'],
      ['Netwerkberaad', '20 november 2021'],
      ['Evaluatie', '14 mei 2022'],
    ]);
    expect(plan.agreements).toEqual(['Niemand praat slecht over Yasmina.', 'We bellen elkaar bij zorgen.']);
    expect(plan.byOwner.map((g) => [g.owner.name, g.actions.map((a) => a.id)])).toEqual([
      ['Ruud de Wit', ['a-1']],
      ['Noor Verhoeven', ['a-2', 'a-3']],
      ['Marieke Jansen', ['a-2', 'a-3']],
      ['Erik Jansen', ['a-4']],
      ['Jesse de Wit', ['a-4']],
      ['Annie Verhoeven', ['a-5']],
      ['Basisschool De Horizon', ['a-6']],
    ]);
    expect(plan.byOwner[6]!.owner.kind).toBe('organisation');
    const a3 = plan.byOwner[1]!.actions[1]!;
    expect(a3).toMatchObject({ status: 'gedaan', due: 'maart 2022', others: ['Marieke Jansen'] });
    expect(plan.unowned).toEqual([expect.objectContaining({ id: 'a-7', due: 'ca. 2022', owners: [] })]);
    expect(plan.actionTeam.map((c) => c.name)).toEqual([
      'Marieke Jansen',
      'Erik Jansen',
      'Ruud de Wit',
      'Annie Verhoeven',
      'Esther Bos',
    ]);
    // Contacts only when asked for.
    expect(plan.actionTeam[0]).not.toHaveProperty('phone');
    expect(planDocument(noor(), { locale: 'nl', contacts: true })!.actionTeam[0]).toMatchObject({
      phone: '06 1111 2222',
      note: 'na 17 uur',
    });
    expect(plan.invitees.map((i) => [i.name, i.status])).toEqual([
      ['Ruud de Wit', 'bevestigd'],
      ['WIJ-team Eindhoven', 'uitgenodigd'],
    ]);
  });

  it('is in English too', () => {
    const plan = planDocument(noor(), { locale: 'en' })!;
    expect(plan.heading).toBe('Future plan');
    expect(plan.fields[2]).toEqual({ label: 'Network meeting', text: '20 November 2021' });
    expect(plan.unowned[0]!.due).toBe('about 2022');
  });

  it('pseudonymised: initials in names and texts; no title, dates, agreements or contacts', () => {
    const plan = planDocument(noor(), { locale: 'nl', pseudonymise: true, contacts: true })!;
    const text = JSON.stringify(plan);
    for (const name of ['Noor', 'Marieke', 'Verhoeven', 'Yasmina', 'Jansen', 'Ruud', 'Eindhoven'])
      expect(text).not.toContain(name);
    for (const secret of ['06 1111', '17 uur', 'slecht', '2021', '2022', 'november', 'Netwerk van'])
      expect(text).not.toContain(secret);
    expect(plan.title).toBeUndefined();
    expect(plan.agreements).toEqual([]);
    expect(plan.fields.map((f) => f.label)).toEqual(['Doel', 'Centrale vraag']);
    expect(plan.question).toBe('Hoe blijft N. in contact met Y.?');
    expect(plan.byOwner[0]!.owner.name).toBe('R.d.W.');
  });

  it('is undefined without a plan', () => {
    expect(planDocument({ ...noor(), plan: null }, { locale: 'nl' })).toBeUndefined();
  });
});

describe('taskCards', () => {
  it('one card per owner: their actions, who else is on them, whom to call', () => {
    const cards = taskCards(noor(), { locale: 'nl', contacts: true });
    expect(cards.map((c) => c.owner.name)).toEqual([
      'Ruud de Wit',
      'Noor Verhoeven',
      'Marieke Jansen',
      'Erik Jansen',
      'Jesse de Wit',
      'Annie Verhoeven',
      'Basisschool De Horizon',
    ]);
    const noorCard = cards[1]!;
    expect(noorCard.heading).toBe('Wat ik doe');
    expect(noorCard.actions.map((a) => a.text)).toEqual([
      'Noor en haar moeder bellen bijna elke dag; Marieke regelt het beltegoed.',
      'Samen met Noor een middelbare school kiezen.',
    ]);
    expect(noorCard.involved.map((p) => p.name)).toEqual(['Marieke Jansen']);
    // The action team, then co-owners outside it; never the owner.
    expect(noorCard.call.map((c) => c.name)).toEqual([
      'Marieke Jansen',
      'Erik Jansen',
      'Ruud de Wit',
      'Annie Verhoeven',
      'Esther Bos',
    ]);
    expect(noorCard.call[0]).toMatchObject({ phone: '06 1111 2222' });
    expect(cards[2]!.call.map((c) => c.name)).not.toContain('Marieke Jansen');
    expect(cards[2]!.call.map((c) => c.name)).toContain('Noor Verhoeven');
    expect(noorCard.evaluationDate).toBe('14 mei 2022');
    expect(taskCards(noor(), { locale: 'en', only: ['p-annie'] }).map((c) => c.heading)).toEqual([
      'What I do',
    ]);
  });

  it('pseudonymised cards hold no names, dates or contacts', () => {
    const text = JSON.stringify(taskCards(noor(), { locale: 'nl', pseudonymise: true, contacts: true }));
    for (const secret of ['Noor', 'Marieke', 'Horizon', '06 1111', '2022', 'mei'])
      expect(text).not.toContain(secret);
  });
});

describe('planHtml', () => {
  it('writes the plan and the cards as one escaped A4 document', () => {
    const doc = noor();
    doc.plan!.actions[0]!.text = '<script>alert(1)</script> & co';
    const html = planHtml('nl', {
      plan: planDocument(doc, { locale: 'nl' }),
      cards: taskCards(doc, { locale: 'nl' }),
    });
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('@page { size: A4 portrait');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script>');
    expect(html.match(/class="kring-sheet"/g)).toHaveLength(8);
    expect(html).toContain('<title>Toekomstplan: Netwerk van Noor</title>');
  });
});

describe('partialDateWords', () => {
  it('writes partial dates as words', () => {
    expect(partialDateWords('2026-03-05', 'nl')).toBe('5 maart 2026');
    expect(partialDateWords('2026-03', 'en')).toBe('March 2026');
    expect(partialDateWords('~1980', 'nl')).toBe('ca. 1980');
    expect(partialDateWords('0042', 'en')).toBe('42');
  });
});
