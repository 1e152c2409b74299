/** The story line shown under the picture for one trainer step, in the UI language. */
import type { Id, KringDocument, Locale } from '@kring/core';
import { t } from '../i18n/messages.js';
import { displayName } from '@kring/scene';
import type { StepItem } from './steps.js';
import type { DemoMessageKey } from '../i18n/messages.js';

function generationKey(generation: number): DemoMessageKey {
  if (generation <= -2) return 'demo.trainer.generation.older';
  if (generation === -1) return 'demo.trainer.generation.parents';
  if (generation === 0) return 'demo.trainer.generation.same';
  if (generation === 1) return 'demo.trainer.generation.children';
  return 'demo.trainer.generation.younger';
}

export function stepText(step: StepItem, doc: KringDocument, locale: Locale, pseudonymise = false): string {
  const names = new Map<Id, string>();
  for (const p of doc.persons) names.set(p.id, p.name);
  for (const o of doc.organisations) names.set(o.id, o.name);
  const name = (id: Id | undefined) => displayName(names.get(id ?? '') ?? '', pseudonymise);

  switch (step.kind) {
    case 'text':
      return step.slide.title?.trim() || step.slide.text;
    case 'focus':
      return t(locale, 'demo.trainer.step.focus', { name: name(step.subject) });
    case 'household':
      return t(locale, 'demo.trainer.step.household', { name: name(step.subject) });
    case 'family':
      return t(locale, 'demo.trainer.step.family', {
        name: name(step.subject),
        generation: t(locale, generationKey(step.generation ?? 0)),
      });
    case 'tie':
      return step.ring === undefined
        ? t(locale, 'demo.trainer.step.tieNoRing', { name: name(step.subject), other: name(step.other) })
        : t(locale, 'demo.trainer.step.tie', {
            name: name(step.subject),
            other: name(step.other),
            ring: step.ring,
          });
    case 'other':
      return t(locale, 'demo.trainer.step.other', { name: name(step.subject) });
    case 'plan': {
      const goal = doc.plan?.goal.trim().replace(/[.!?]+$/u, '') ?? '';
      const team = (doc.plan?.actionTeam ?? []).map((id) => name(id));
      // The goal is free text that often names people: left out when names are pseudonymised.
      if (pseudonymise) return t(locale, 'demo.trainer.step.planPseudonymised', { team: team.join(', ') });
      return team.length > 0
        ? t(locale, 'demo.trainer.step.plan', { goal, team: team.join(', ') })
        : t(locale, 'demo.trainer.step.planNoTeam', { goal });
    }
  }
}
