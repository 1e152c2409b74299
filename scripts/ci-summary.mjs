// Sums vitest JSON reports into the closing line CI reads: `total: N passed, N failed, N skipped`.
// Every failure is named above that line, so a red run says what to look at:
//   FAILED: <file> › <test>                  a test that failed
//   FAILED (did not load): <file> — <why>    a test file that failed to load, or failed before its tests ran
//                                            (counted as one failure: its tests never ran)
//   FAILED (report): <report> — <why>        a report that is missing or unreadable (one failure)
// A run that passed nothing fails too.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const firstLine = (text) =>
  String(text ?? '')
    .trim()
    .split('\n')[0]
    .slice(0, 300);
const shown = (file) => relative(process.cwd(), file) || file;

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const report of process.argv.slice(2)) {
  let r;
  try {
    r = JSON.parse(readFileSync(report, 'utf8'));
  } catch (e) {
    failures.push(`FAILED (report): ${report} — missing or unreadable (${firstLine(e.message)})`);
    failed += 1;
    continue;
  }
  let reportFailed = 0;
  for (const file of r.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const t of tests) {
      if (t.status === 'passed') passed += 1;
      else if (t.status === 'failed') {
        failed += 1;
        reportFailed += 1;
        const name = t.fullName || [...(t.ancestorTitles ?? []), t.title].join(' › ');
        failures.push(`FAILED: ${shown(file.name)} › ${name} — ${firstLine(t.failureMessages?.[0])}`);
      } else skipped += 1;
    }
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failed += 1;
      reportFailed += 1;
      failures.push(
        `FAILED (did not load): ${shown(file.name)} — ${firstLine(file.message) || 'no reason given'}`,
      );
    }
  }
  if (r.success === false && reportFailed === 0) {
    failed += 1;
    failures.push(`FAILED (report): ${report} — the run failed without naming a test (see the log above)`);
  }
  console.log(`${report}: ${r.testResults?.length ?? 0} files`);
}
for (const line of failures) console.log(line);
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
