/**
 * Bounded structural validation. valibot collects every issue with its full path, which for a list of a
 * million bad entries costs seconds and hundreds of megabytes. `capped(item)` wraps the schema of a list
 * entry (or a map value): while a reader's gate is open (`withIssueGate`), the issues of that entry are
 * kept only while fewer than MAX_LISTED_PROBLEMS were kept, or when their rule (message key) was not kept
 * yet; the others are only counted. Outside a gate (commands validating a payload) it changes nothing.
 */
import type * as v from 'valibot';
import { issueKey } from './issues-to-problems.js';
import { MAX_LISTED_PROBLEMS } from './problem-collector.js';

interface Gate {
  kept: number;
  omitted: number;
  rules: Set<string>;
  /** Issues a nested capped schema already decided on: passed through by the outer ones. */
  decided: WeakSet<object>;
}

/** The gate of the validation running now (validation is synchronous, so one at a time). */
let open: Gate | undefined;

type Dataset = { typed?: boolean; value: unknown; issues?: v.BaseIssue<unknown>[] };

function decide(gate: Gate, dataset: Dataset): void {
  const issues = dataset.issues;
  if (!issues) return;
  let kept: v.BaseIssue<unknown>[] | undefined;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    let keep = true;
    if (!gate.decided.has(issue)) {
      const rule = issueKey(issue);
      keep = gate.kept < MAX_LISTED_PROBLEMS || !gate.rules.has(rule);
      if (keep) {
        gate.kept++;
        gate.rules.add(rule);
        gate.decided.add(issue);
      } else gate.omitted++;
    }
    if (keep) (kept ??= []).push(issue);
    else if (!kept) kept = issues.slice(0, i);
  }
  if (kept && kept.length === issues.length) return;
  // Dropped issues still fail the validation: the entry stays untyped, and the first issue of the whole
  // validation is always kept, so valibot's result is never a success.
  dataset.typed = false;
  dataset.issues = kept && kept.length > 0 ? kept : undefined;
}

/** `schema` with its issues capped while a gate is open (see the file comment). Same type and entries. */
export function capped<T extends v.GenericSchema>(schema: T): T {
  const run = schema['~run'].bind(schema);
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const out = run(dataset, config);
      if (open && out.issues) decide(open, out as Dataset);
      return out;
    },
  } as T;
}

/**
 * Runs `validate` with a gate open. Returns its result and how many issues were dropped (counted only):
 * all of rules that were kept at least once.
 */
export function withIssueGate<R>(validate: () => R): { result: R; omitted: number } {
  const outer = open;
  const gate: Gate = { kept: 0, omitted: 0, rules: new Set(), decided: new WeakSet() };
  open = gate;
  try {
    return { result: validate(), omitted: gate.omitted };
  } finally {
    open = outer;
  }
}
