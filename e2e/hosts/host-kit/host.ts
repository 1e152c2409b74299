/**
 * What every host page shares: the document it passes to `<kring-editor>`, the host's own `save` and
 * `report` (which the framework examples call from `kringchange` and `kringerror`), and a recorder of the
 * element's events on `window.__events` (listening on the document: the events bubble and are composed)
 * for e2e/hosts.e2e.ts. Fictional people; the reader fills in what is left out (options, plan, layouts).
 */
export const doc = {
  format: 'kring',
  version: 2,
  title: 'Familie De Vries',
  focus: 'p-tilda',
  persons: [
    { id: 'p-tilda', name: 'Tilda', gender: 'woman', birth: '2010' },
    { id: 'p-anna', name: 'Anna', gender: 'woman', birth: '1980' },
    { id: 'p-bram', name: 'Bram', gender: 'man', birth: '1978' },
  ],
  partnerships: [{ id: 'pt-ab', a: 'p-anna', b: 'p-bram', type: 'marriage', events: [] }],
  parentChild: [
    { id: 'pc-1', parent: 'p-anna', child: 'p-tilda', kind: 'biological', partnership: 'pt-ab' },
    { id: 'pc-2', parent: 'p-bram', child: 'p-tilda', kind: 'biological', partnership: 'pt-ab' },
  ],
};

/** A document the reader refuses (JSON text that is not JSON): the editor shows its error panel. */
export const broken = '{"format": "kring", persons: [';

interface Recorded {
  __events: string[];
}
const events: string[] = ((window as unknown as Recorded).__events = []);

/** The host's own saving: here it records how many persons the saved document has. */
export function save(document: { persons: unknown[] }): void {
  events.push(`save ${document.persons.length}`);
}

/** The host's own error report: here it records how many problems the reader gave. */
export function report(problems: unknown[]): void {
  events.push(`report ${problems.length > 0}`);
}

for (const type of ['kringready', 'kringchange', 'kringselectionchange', 'kringerror'])
  document.addEventListener(type, () => events.push(type));
