import type { MessageKey } from '../i18n/en.js';
import type { Problem } from './problem.js';

/** At most this many problems are listed; the rest are counted in one last entry (format.md §Invariants). */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * The message key (`read.moreProblems`) of the last entry of a shortened problem list, "… and N more
 * problems." / "… en nog N problemen.", with the number left out as the parameter `count`.
 */
export const MORE_PROBLEMS_KEY = 'read.moreProblems' satisfies MessageKey;

/** Where checks put what they find: an array, or a ProblemCollector that keeps only what will be listed. */
export interface ProblemSink {
  push(problem: Problem): unknown;
}

interface Kept {
  problem: Problem;
  /** Arrival order among all problems of the collector. */
  order: number;
  /** The first problem of its rule (severity + message key): always listed. */
  first: boolean;
}

/**
 * Collects problems in bounded memory, however many there are: it keeps the first MAX_LISTED_PROBLEMS
 * errors and warnings and the first problem of every rule (message key) met later, and only counts the
 * rest. `list()` then gives at most MAX_LISTED_PROBLEMS problems, in which every broken rule appears at
 * least once (errors first, each severity in the order found), followed by one entry "… and N more" when
 * problems were left out.
 */
export class ProblemCollector implements ProblemSink {
  readonly #kept: Kept[] = [];
  readonly #errorRules = new Set<MessageKey>();
  readonly #warningRules = new Set<MessageKey>();
  #errors = 0;
  #warnings = 0;
  #order = 0;
  /** Problems counted without their details (see countOmitted). */
  #omittedErrors = 0;
  #omittedWarnings = 0;

  push(problem: Problem): void {
    const error = problem.severity === 'error';
    const seen = error ? this.#errors++ : this.#warnings++;
    const order = this.#order++;
    const rules = error ? this.#errorRules : this.#warningRules;
    const first = !rules.has(problem.message.key);
    if (first) rules.add(problem.message.key);
    if (first || seen < MAX_LISTED_PROBLEMS) this.#kept.push({ problem, order, first });
  }

  /**
   * Counts a problem of rule `key` when it would not be kept (its rule was met and MAX_LISTED_PROBLEMS of
   * its severity were), and says so: the caller then need not build it. False: build it and push it.
   */
  countIfUnlisted(severity: Problem['severity'], key: MessageKey): boolean {
    const error = severity === 'error';
    if ((error ? this.#errors : this.#warnings) < MAX_LISTED_PROBLEMS) return false;
    if (!(error ? this.#errorRules : this.#warningRules).has(key)) return false;
    if (error) this.#errors++;
    else this.#warnings++;
    this.#order++;
    return true;
  }

  /** Counts `count` more problems whose details were dropped earlier, all of rules already pushed. */
  countOmitted(severity: Problem['severity'], count: number): void {
    if (severity === 'error') this.#omittedErrors += count;
    else this.#omittedWarnings += count;
  }

  /** Pushes what `other` kept, in its order, and counts what it only counted. */
  pushAll(other: ProblemCollector): void {
    let errors = 0;
    let warnings = 0;
    for (const { problem } of other.#kept) {
      if (problem.severity === 'error') errors++;
      else warnings++;
      this.push(problem);
    }
    this.countOmitted('error', other.errorCount - errors);
    this.countOmitted('warning', other.warningCount - warnings);
  }

  get errorCount(): number {
    return this.#errors + this.#omittedErrors;
  }

  get warningCount(): number {
    return this.#warnings + this.#omittedWarnings;
  }

  /** Every problem counted, listed or not. */
  get total(): number {
    return this.errorCount + this.warningCount;
  }

  /**
   * The list to show: at most MAX_LISTED_PROBLEMS problems (with `severity` given, only those), every rule
   * at least once, then `… and N more` (an error when any error was left out) if anything was left out.
   */
  list(severity?: Problem['severity']): Problem[] {
    const candidates = severity ? this.#kept.filter((k) => k.problem.severity === severity) : this.#kept;
    const total =
      severity === 'error' ? this.errorCount : severity === 'warning' ? this.warningCount : this.total;
    // The first problem of every rule wins a place first (errors, then warnings), then the others.
    const rank = (k: Kept): number => (k.first ? 0 : 2) + (k.problem.severity === 'error' ? 0 : 1);
    const byPriority = [...candidates].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
    const chosen = byPriority.slice(0, MAX_LISTED_PROBLEMS);
    chosen.sort(
      (a, b) =>
        (a.problem.severity === 'error' ? 0 : 1) - (b.problem.severity === 'error' ? 0 : 1) ||
        a.order - b.order,
    );
    const listed = chosen.map((k) => k.problem);
    const more = total - listed.length;
    if (more > 0) {
      const errorsLeftOut =
        severity !== 'warning' && this.errorCount > listed.filter((p) => p.severity === 'error').length;
      listed.push({
        severity: errorsLeftOut ? 'error' : 'warning',
        path: [],
        message: { key: MORE_PROBLEMS_KEY, params: { count: more } },
      });
    }
    return listed;
  }
}

/**
 * For checks that can meet a problem per list entry (millions in a large file): true when `sink` only
 * counted a problem of rule `key`, so the caller builds nothing; false when it should push the problem.
 */
export function countedOnly(sink: ProblemSink, severity: Problem['severity'], key: MessageKey): boolean {
  return sink instanceof ProblemCollector && sink.countIfUnlisted(severity, key);
}

/** Whether `problem` is the "… and N more" entry that ends a shortened list. */
export function isMoreProblems(problem: { readonly message: { readonly key: string } }): boolean {
  return problem.message.key === MORE_PROBLEMS_KEY;
}
