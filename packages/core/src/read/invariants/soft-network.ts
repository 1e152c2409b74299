import type { KringDocument } from '../../model/types.js';
import { formatPath, type Problem } from '../problem.js';
import type { ProblemSink } from '../problem-collector.js';
import { warning } from '../problems.js';

/** Smallest advised action team (docs/notation-spec.md §4.4 soft rules; SoNeStra practice is 4–5). */
export const ACTION_TEAM_MIN = 3;
/** Largest advised action team. */
export const ACTION_TEAM_MAX = 6;

/** Sectors that hold paid or formal relations, per preset (docs/notation-spec.md §3.2). */
const PROFESSIONAL_SECTORS: ReadonlySet<string> = new Set(['professionals', 'agencies']);

/**
 * Who counts as a professional for the "only professionals" rule, kept simple: a person who has at least one
 * tie with the focus and whose every tie with the focus lies in the professionals/agencies sector. People
 * without a tie to the focus are not judged (given the benefit of the doubt), nor is the focus.
 */
function professionalsOf(doc: KringDocument): Set<string> {
  const professional = new Map<string, boolean>();
  for (const tie of doc.ties) {
    const other = tie.from === doc.focus ? tie.to : tie.to === doc.focus ? tie.from : undefined;
    if (other === undefined || other === doc.focus) continue;
    const isProfessional = tie.sector !== undefined && PROFESSIONAL_SECTORS.has(tie.sector);
    professional.set(other, (professional.get(other) ?? true) && isProfessional);
  }
  return new Set([...professional].filter(([, yes]) => yes).map(([id]) => id));
}

/**
 * The soft network rules, as warnings (shown, never a refusal): an action team of fewer than 3 or more than 6
 * people (`read.warn.actionTeamSmall`, `read.warn.actionTeamLarge`), an action team of only professionals
 * (`read.warn.actionTeamOnlyProfessionals`: a member counts as a professional when every tie with the focus,
 * and at least one, lies in the `professionals` or `agencies` sector; the focus and members without a tie to
 * the focus are not counted as professionals), and more than one tie between the same two ends
 * (`read.warn.duplicateTie`, on each tie after the first). The plan panel shows these while the plan is
 * edited.
 */
export function checkNetworkSoftRules(doc: KringDocument): Problem[] {
  const problems: Problem[] = [];
  collectNetworkSoftRules(doc, problems);
  return problems;
}

/** checkNetworkSoftRules into a sink (the reader's bounded collector). */
export function collectNetworkSoftRules(doc: KringDocument, problems: ProblemSink): void {
  const team = doc.plan?.actionTeam;
  if (team && team.length > 0) {
    const path = ['plan', 'actionTeam'];
    if (team.length < ACTION_TEAM_MIN)
      problems.push(warning(path, 'read.warn.actionTeamSmall', { count: team.length }));
    if (team.length > ACTION_TEAM_MAX)
      problems.push(warning(path, 'read.warn.actionTeamLarge', { count: team.length }));
    const others = team.filter((id) => id !== doc.focus);
    const professionals = professionalsOf(doc);
    if (others.length > 0 && others.every((id) => professionals.has(id)))
      problems.push(warning(path, 'read.warn.actionTeamOnlyProfessionals'));
  }

  const pairs = new Map<string, number>();
  doc.ties.forEach((tie, i) => {
    const key = tie.from < tie.to ? `${tie.from}\u0000${tie.to}` : `${tie.to}\u0000${tie.from}`;
    const first = pairs.get(key);
    if (first === undefined) pairs.set(key, i);
    else
      problems.push(
        warning(['ties', i], 'read.warn.duplicateTie', {
          a: tie.from,
          b: tie.to,
          first: formatPath(['ties', first]),
        }),
      );
  });
}
