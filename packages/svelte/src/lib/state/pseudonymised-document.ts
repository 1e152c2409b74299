/**
 * The document as the side panels show it when the editor is pseudonymised (initials mode, e.g. on a shared
 * screen): names of persons and organisations as initials (the scene's `displayName`); names inside the goal,
 * question and action texts as initials too (`initialsInText`); no title, notes, places, household labels,
 * occupations, contacts or plan agreements (`documentForRender`, the rule the exports follow). Ids and
 * everything else stay, so the panels' commands still address the real entities. Dates stay in the panels so
 * they can still be edited (the drawing shows no years). Only for showing: never stored or exported. A text
 * edited in this mode is stored as shown. Every snapshot's state is pseudonymised by the same rule, so a
 * comparison or a replay in this mode shows no name either.
 */
import { networkStateOf, snapshotDocument, type KringDocument, type Snapshot } from '@kring/core';
import { displayName, documentForRender, initialsInText } from '@kring/scene';

/** The plan without its agreements: free text, left out in initials mode like notes. */
function withoutAgreements(plan: NonNullable<KringDocument['plan']>): NonNullable<KringDocument['plan']> {
  const { agreements: _left, ...rest } = plan;
  return rest;
}

/** A snapshot's state as the live map is shown in this mode; names in its label as initials too. */
function pseudonymisedSnapshot(doc: KringDocument, snapshot: Snapshot): Snapshot {
  const state = snapshot.state;
  return {
    ...snapshot,
    label: initialsInText(snapshot.label, [...doc.persons, ...state.persons]),
    state: networkStateOf(pseudonymisedDocument(snapshotDocument(doc, snapshot))),
  };
}

export function pseudonymisedDocument(doc: KringDocument): KringDocument {
  const initials = (name: string) => displayName(name, true);
  const reduced = documentForRender(doc, { locale: 'en', pseudonymise: true });
  return {
    ...reduced,
    persons: reduced.persons.map((p, i) => {
      const real = doc.persons[i]!;
      // Dates stay (see above); condition dates too, since the conditions editor writes its whole list.
      const person = { ...p, name: initials(p.name) };
      if (real.conditions)
        person.conditions = real.conditions.map((c, j) => ({ ...c, label: p.conditions![j]!.label }));
      return person;
    }),
    organisations: reduced.organisations.map((o) => ({ ...o, name: initials(o.name) })),
    plan:
      doc.plan && reduced.plan
        ? {
            ...withoutAgreements(doc.plan),
            goal: reduced.plan.goal,
            ...(reduced.plan.question !== undefined ? { question: reduced.plan.question } : {}),
            actions: doc.plan.actions.map((a, i) => ({ ...a, text: reduced.plan!.actions[i]!.text })),
          }
        : doc.plan,
    snapshots: doc.snapshots.map((s) => pseudonymisedSnapshot(doc, s)),
  };
}
