/** The inspector's heading: what is being edited, in words ("Person: Noor", "Relationship: Ruud and Monique"). */
import type { KringDocument } from '@kring/core';
import { shownName } from '../panels/controls/shown-name.js';
import type { Translate } from '../panels/controls/translator.js';
import { nameOf, type SelectionTarget } from './selection-target.js';

export function heading(doc: KringDocument, target: SelectionTarget, tr: Translate): string {
  switch (target.kind) {
    case 'document':
      return tr('inspector.heading.document');
    case 'several':
      return tr('inspector.heading.several', { count: target.ids.length });
    case 'missing':
      return tr('inspector.heading.missing');
    case 'person':
      return tr('inspector.heading.person', { name: shownName(target.item.name, tr) });
    case 'organisation':
      return tr('inspector.heading.organisation', { name: shownName(target.item.name, tr) });
    case 'partnership':
      return tr('inspector.heading.partnership', {
        a: nameOf(doc, target.item.a),
        b: nameOf(doc, target.item.b),
      });
    case 'parentChild':
      return tr('inspector.heading.parentChild', {
        parent: nameOf(doc, target.item.parent),
        child: nameOf(doc, target.item.child),
      });
    case 'multipleBirth':
      return tr('inspector.heading.multipleBirth');
    case 'household':
      return target.item.label
        ? tr('inspector.heading.household', { label: target.item.label })
        : tr('inspector.heading.householdUnnamed');
    case 'emotional':
      return tr('inspector.heading.emotional', {
        a: nameOf(doc, target.item.a),
        b: nameOf(doc, target.item.b),
      });
    case 'tie':
      return tr('inspector.heading.tie', {
        a: nameOf(doc, target.item.from),
        b: nameOf(doc, target.item.to),
      });
  }
}
