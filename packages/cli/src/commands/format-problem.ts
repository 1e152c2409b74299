import { formatPath, type Locale, type Problem } from '@kring/core';
import { t } from '../messages.js';

/** `file: path: message`, warnings marked as such: one line per problem, for people and for grep. */
export function formatProblem(file: string, problem: Problem, locale: Locale): string {
  const message = t(locale, problem.message.key, problem.message.params);
  const mark = problem.severity === 'warning' ? `${t(locale, 'cli.warning')}: ` : '';
  return `${file}: ${formatPath(problem.path)}: ${mark}${message}`;
}
