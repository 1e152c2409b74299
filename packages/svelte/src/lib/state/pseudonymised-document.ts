/**
 * The document as the side panels show it when the editor is pseudonymised: every name, household label
 * and the title replaced by initials (the scene's `displayName`), ids and everything else unchanged, so
 * the panels' commands still address the real entities. Only for showing: never stored or exported.
 */
import type { KringDocument } from '@kring/core';
import { displayName } from '@kring/scene';

export function pseudonymisedDocument(doc: KringDocument): KringDocument {
  const initials = (name: string) => displayName(name, true);
  return {
    ...doc,
    ...(doc.title === undefined ? {} : { title: initials(doc.title) }),
    persons: doc.persons.map((p) => ({ ...p, name: initials(p.name) })),
    organisations: doc.organisations.map((o) => ({ ...o, name: initials(o.name) })),
    households: doc.households.map((h) => (h.label === undefined ? h : { ...h, label: initials(h.label) })),
  };
}
