// The published surface of every package, frozen in an API Extractor report (api/<package>.api.md): a change
// to what a package exports shows in review as a change to its report.
//   node scripts/api-report.mjs            checks the reports against the built declarations (dist/*.d.ts of
//                                          `pnpm build:packages`); fails, naming the command to run, when one is stale
//   node scripts/api-report.mjs --update   rewrites the reports (`pnpm api:update` builds first, then runs this)
// Either takes package names to limit the run: `node scripts/api-report.mjs core scene`.
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reportFolder = join(root, 'api');
/** Each published package and the entry points of its published `exports` (sub-path → declaration file). */
const PACKAGES = {
  core: { '.': 'dist/index.d.ts' },
  scene: { '.': 'dist/index.d.ts' },
  genogram: { '.': 'dist/index.d.ts' },
  ecogram: { '.': 'dist/index.d.ts' },
  sociogram: { '.': 'dist/index.d.ts' },
  gedcom: { '.': 'dist/index.d.ts' },
  report: { '.': 'dist/index.d.ts' },
  cli: { '.': 'dist/index.d.ts' },
  svelte: { '.': 'dist/index.d.ts', './element': 'dist/element.d.ts' },
};

/**
 * Packages whose every export and member has TSDoc: an undocumented one fails the check (API Extractor's
 * ae-undocumented), so they stay documented. Add a package here once its report lists nothing undocumented.
 */
const DOCUMENTED = new Set([
  'core',
  'scene',
  'genogram',
  'ecogram',
  'sociogram',
  'gedcom',
  'report',
  'cli',
  'svelte',
]);

const args = process.argv.slice(2);
const update = args.includes('--update');
const names = args.filter((a) => !a.startsWith('--'));
for (const name of names)
  if (!(name in PACKAGES)) throw new Error(`unknown package ${name}: ${Object.keys(PACKAGES).join(', ')}`);

/**
 * Resolves the other Kring packages to their built declarations, as tsconfig.build.base.json does, but through
 * the package's own node_modules link: a path through node_modules is an external package to API Extractor, so
 * the report names `@kring/core`'s types as imports instead of asking this package to export them.
 */
const pathsFor = (folder) =>
  Object.fromEntries(
    Object.entries(PACKAGES).flatMap(([name, entries]) =>
      Object.entries(entries).map(([sub, file]) => [
        `@kring/${name}${sub === '.' ? '' : sub.slice(1)}`,
        [join(folder, 'node_modules', '@kring', name, file)],
      ]),
    ),
  );

const RULE = (logLevel, addToApiReportFile = false) => ({ logLevel, addToApiReportFile });

function configFor(name, sub, file) {
  const folder = join(root, 'packages', name);
  const reportName = sub === '.' ? name : `${name}-${sub.slice(2)}`;
  return {
    reportName,
    config: ExtractorConfig.prepare({
      configObjectFullPath: undefined,
      packageJsonFullPath: join(folder, 'package.json'),
      configObject: {
        projectFolder: folder,
        mainEntryPointFilePath: join(folder, file),
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2022',
              lib: ['ES2023', 'DOM', 'DOM.Iterable'],
              module: 'ESNext',
              moduleResolution: 'bundler',
              strict: true,
              skipLibCheck: true,
              types: [],
              paths: pathsFor(folder),
            },
            include: [join(folder, 'dist')],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: `${reportName}.api.md`,
          reportFolder,
          reportTempFolder: join(root, 'node_modules', '.cache', 'api-report'),
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: 'lf',
        messages: {
          compilerMessageReporting: { default: RULE(ExtractorLogLevel.Warning) },
          extractorMessageReporting: {
            default: RULE(ExtractorLogLevel.Warning),
            // Release tags (@public, @beta) are not used: everything exported is public.
            'ae-missing-release-tag': RULE(ExtractorLogLevel.None),
            // A type used by the surface but not exported shows in the report, to be decided in review.
            'ae-forgotten-export': RULE(ExtractorLogLevel.None, true),
            'ae-undocumented': RULE(ExtractorLogLevel.None, true),
          },
          tsdocMessageReporting: { default: RULE(ExtractorLogLevel.None) },
        },
      },
    }),
  };
}

const QUIET = new Set([
  'console-api-report-not-copied',
  'console-api-report-copied',
  'console-api-report-created',
  'console-api-report-unchanged',
]);

mkdirSync(reportFolder, { recursive: true });
const stale = [];
const failed = [];
for (const [name, entries] of Object.entries(PACKAGES)) {
  if (names.length > 0 && !names.includes(name)) continue;
  for (const [sub, file] of Object.entries(entries)) {
    if (!existsSync(join(root, 'packages', name, file))) {
      failed.push(`@kring/${name}: ${file} is missing (run \`pnpm build:packages ${name}\` first)`);
      continue;
    }
    const { reportName, config } = configFor(name, sub, file);
    const before = existsSync(config.reportFilePath)
      ? readFileSync(config.reportFilePath, 'utf8')
      : undefined;
    const result = Extractor.invoke(config, {
      localBuild: update,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // API Extractor's own notes on the report file: this script says it once, with the command to run.
        if (QUIET.has(message.messageId) || message.text.startsWith('Analysis will use'))
          message.handled = true;
      },
    });
    const after = readFileSync(config.reportFilePath, 'utf8');
    if (update) {
      console.log(
        `api/${reportName}.api.md ${before === after ? 'unchanged' : before ? 'updated' : 'created'}`,
      );
    } else if (!result.apiReportChanged && result.errorCount === 0) {
      console.log(`api/${reportName}.api.md current`);
    } else if (result.apiReportChanged) {
      const fresh = join(root, 'node_modules', '.cache', 'api-report', `${reportName}.api.md`);
      spawnSync(
        'diff',
        [
          '-u',
          '--label',
          `api/${reportName}.api.md (committed)`,
          config.reportFilePath,
          '--label',
          `api/${reportName}.api.md (built)`,
          fresh,
        ],
        { stdio: 'inherit' },
      );
      stale.push(`@kring/${name}${sub === '.' ? '' : sub.slice(1)} (api/${reportName}.api.md)`);
    }
    if (DOCUMENTED.has(name)) {
      for (const [, what] of after.matchAll(/\(ae-undocumented\) (.*)/g))
        failed.push(
          `@kring/${name}: ${what} Every export of this package has TSDoc: write its /** … */ comment.`,
        );
    }
    if (result.errorCount > 0)
      failed.push(`@kring/${name}: ${result.errorCount} API Extractor error(s) above`);
  }
}
if (stale.length > 0) {
  console.error(
    `\nThe published surface changed, but its API report was not updated:\n  ${stale.join('\n  ')}\n` +
      `Run \`pnpm api:update\` and commit the changed api/*.api.md with the change (review the diff: it is ` +
      `what integrators see).`,
  );
}
for (const line of failed) console.error(line);
if (stale.length > 0 || failed.length > 0) process.exit(1);
