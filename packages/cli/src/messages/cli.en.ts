/** English messages of the command line's own text (`cli.*`: usage, option errors, what a command wrote). */
export const cliEn = {
  'cli.usage': 'Usage: kring <command> [options]. Commands:',
  'cli.validate.summary':
    'validate <file…> [--locale nl|en]    check .kring.json files and list every problem',
  'cli.migrate.summary':
    'migrate <in> -o <out> [--locale nl|en]    rewrite a file in the current format version',
  'cli.validate.usage': 'Usage: kring validate <file…> [--locale nl|en]',
  'cli.migrate.usage':
    'Usage: kring migrate <in> -o <out> [--locale nl|en]   (use -o - to write to standard output)',
  'cli.unknownCommand': 'Unknown command "{command}".',
  'cli.badOption': 'The command line is not understood: {detail}',
  'cli.badLocale': 'Unknown language "{value}": use nl or en.',
  'cli.noFiles': 'Name at least one file.',
  'cli.fileMissing': 'The file does not exist.',
  'cli.cannotRead': 'The file cannot be read ({detail}).',
  'cli.cannotWrite': 'Cannot write {file} ({detail}).',
  'cli.valid': 'valid',
  'cli.warning': 'warning',
  'cli.summary': '{valid} of {total} files valid.',
  'cli.migrated': 'Wrote {file} in format version {to} (read as version {from}).',
  'cli.rewritten': 'Wrote {file}; it was already in format version {to}.',
  'cli.render.summary':
    'render <file> --view genogram|ecogram|sociogram [options]    draw a map as a standalone SVG',
  'cli.layout.summary':
    'layout <file> --view genogram|ecogram|sociogram    print where the view puts everything, as JSON',
  'cli.renderUsage':
    'Usage: kring render <file> --view genogram|ecogram|sociogram [--locale nl|en] [--pseudonymise] [--hide-health] [--no-legend] [--no-title] [--fit a4|a3] [--embed] [--highlight <choice>] [--insight] [-o out.svg]',
  'cli.layoutUsage':
    'Usage: kring layout <file> --view genogram|ecogram|sociogram [--locale nl|en] [--pseudonymise] [--hide-health]',
  'cli.fileRequired': 'Give exactly one .kring.json file.',
  'cli.viewRequired': 'Say which view to draw: --view genogram, ecogram or sociogram.',
  'cli.unknownView': 'Unknown view "{value}": use genogram, ecogram or sociogram.',
  'cli.unknownFit': 'Unknown page size "{value}": use a4 or a3.',
  'cli.unknownHighlight':
    'Unknown highlight "{value}": use support:<type>, sector:<key>, ring:<n>, informal, professional, actionTeam, ties:<id> or lineage:<id>.',
  'cli.written': 'Wrote {file}.',
  'cli.insight.summary': 'insight <file> [--json]    the network in figures, and what stands out',
  'cli.insight.usage': 'Usage: kring insight <file> [--json] [--locale nl|en]',
} as const;
