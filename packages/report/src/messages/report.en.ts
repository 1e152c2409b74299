/** English messages of the case-file report (`kring report`, the demo's "Report (PDF)"; @kring/report). */
export const reportEn = {
  'report.title.kind': 'Case-file report',
  'report.title.author': 'Prepared by {author}',
  'report.title.pseudonymised':
    'Pseudonymised: names are initials; no places, contacts, notes, agreements or dates.',
  'report.title.contents': 'Contents',
  'report.section.insight': 'Insight',
  'report.section.plan': 'Plan',
  'report.section.taskCards': 'Task cards',
  'report.page': 'Page {page} of {pages}',
  'report.map.empty': 'Nothing to draw in this view yet.',
  'report.insight.supportKey': 'Support per type: received / given / potential.',
  'report.plan.none': 'No plan has been made yet.',
  'report.card.none': 'No action has an owner yet, so there are no task cards.',
  'report.cli.summary':
    'report <file> -o <out.pdf>    the case-file report as a PDF: maps, insight, plan and task cards',
  'report.cli.usage':
    'Usage: kring report <file> -o <out.pdf> [--locale nl|en] [--pseudonymise] [--views genogram,ecogram,sociogram] [--author <text>] [--contacts]',
  'report.cli.outputRequired': 'Say where the PDF goes: -o <out.pdf>.',
  'report.cli.badViews':
    'Unknown view "{value}": choose from genogram, ecogram and sociogram, separated by commas.',
  'report.demo.action': 'Report (PDF)',
  'report.demo.busy': 'Making the report…',
} as const;
