/**
 * English messages of comparisons over time (`compare.*`): what changed between two states of the network
 * (packages/core/src/compare), `kring diff` and the editor's snapshots panel.
 */
export const compareEn = {
  // What changed, in practice words (compare/describe-comparison.ts). {names} is a list of names.
  'compare.addedPersons': '{count} new people: {names}',
  'compare.addedPerson': '1 new person: {names}',
  'compare.addedOrganisations': '{count} new organisations: {names}',
  'compare.addedOrganisation': '1 new organisation: {names}',
  'compare.removedPersons': '{count} people no longer in the network: {names}',
  'compare.removedPerson': '1 person no longer in the network: {names}',
  'compare.removedOrganisations': '{count} organisations no longer in the network: {names}',
  'compare.removedOrganisation': '1 organisation no longer in the network: {names}',
  'compare.ringMoved': '{name} from ring {from} to {to}',
  'compare.ringSet': '{name} now in ring {to} (no ring before)',
  'compare.ringCleared': '{name} no longer in a ring (was ring {from})',
  'compare.strength': '{name}: tie from {from} to {to}',
  'compare.strengthNone': 'not recorded',
  'compare.supportReceived': '{type} now from {people} instead of {from}',
  'compare.supportGiven': '{type} now given to {people} instead of {from}',
  'compare.people': '{count} people',
  'compare.person': '1 person',
  'compare.professionalShare': 'share of professionals {from}% → {to}%',
  'compare.size': 'network: {from} → {to} people and organisations',
  'compare.more': '… and {count} more',
  'compare.nothing': 'No changes in the network.',
  'compare.now': 'now',
  // The editor's snapshots panel (packages/svelte/src/lib/panels/snapshots)
  'compare.panel.tab': 'Snapshots',
  'compare.panel.title': 'Snapshots',
  'compare.panel.intro':
    'A snapshot records the network as it is now (for example at intake and after the network meeting), to compare later. Apart from the earlier versions this device keeps by itself.',
  'compare.panel.take': 'Take a snapshot',
  'compare.panel.label': 'Name',
  'compare.panel.date': 'Date',
  'compare.panel.dateHint': 'YYYY-MM-DD, YYYY-MM or YYYY',
  'compare.panel.badDate': '"{value}" is not a date.',
  'compare.panel.emptyLabel': 'Give the snapshot a name.',
  'compare.panel.defaultLabel': 'Snapshot {n}',
  'compare.panel.list': 'Snapshots taken',
  'compare.panel.none': 'No snapshots yet.',
  'compare.panel.edit': 'Edit',
  'compare.panel.editNamed': 'Edit {label}',
  'compare.panel.save': 'Save',
  'compare.panel.cancel': 'Cancel',
  'compare.panel.delete': 'Delete',
  'compare.panel.deleteNamed': 'Delete {label}',
  'compare.panel.compare': 'Compare',
  'compare.panel.from': 'From',
  'compare.panel.to': 'To',
  'compare.panel.nowOption': 'now (the map as it is)',
  'compare.panel.needTwo': 'Take a snapshot to compare it with the map now.',
  'compare.panel.mapLegend':
    'On the map: outlined in green is new, grey and dashed is no longer in the network, an arrow points from the old place to whoever changed ring.',
  'compare.panel.mapShowsTo':
    'The map shows {to} with what changed since {from}. Choose "now" under To for the map as it is.',
  'compare.stage.caption': '{to}, compared with {from} (not editable)',
  'compare.replay.title': 'Replay',
  'compare.replay.intro': 'Play how the network changed: the snapshots by date, then the map now.',
  'compare.replay.controls': 'Replay controls',
  'compare.replay.play': 'Play',
  'compare.replay.pause': 'Pause',
  'compare.replay.previous': 'Step back',
  'compare.replay.next': 'Step forward',
  'compare.replay.speed': 'Speed',
  'compare.replay.stop': 'Back to the map now',
  'compare.replay.step': 'Step {step} of {total}: {label}',
  'compare.replay.start': 'The starting point.',
  'compare.replay.caption': '{label} (step {step} of {total}, not editable)',
  'compare.replay.keys':
    'In the controls, the left and right arrow keys step; Home and End go to the first and the last.',
  // kring diff (packages/cli/src/commands/diff.ts)
  'compare.cli.summary':
    'diff <a> <b> | <file> --from <id|label> --to <id|label|now>    what changed in the network',
  'compare.cli.usage':
    'Usage: kring diff <a> <b> [--json] [--locale nl|en]\n       kring diff <file> --from <id|label> --to <id|label|now> [--json] [--locale nl|en]',
  'compare.cli.heading': 'From {from} to {to}:',
  'compare.cli.filesOrSnapshots':
    'Give two files, or one file with --from and --to (snapshots by id or label, or now).',
  'compare.cli.notFound': 'There is no snapshot "{ref}" in {file}. Snapshots: {list}.',
  'compare.cli.noSnapshots': 'There is no snapshot "{ref}" in {file}: it has no snapshots.',
  'compare.cli.ambiguous':
    'More than one snapshot in {file} is called "{ref}": choose one by its id ({ids}).',
} as const;
