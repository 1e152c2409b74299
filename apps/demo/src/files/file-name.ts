/**
 * A safe, readable file name for a download: letters, digits, spaces become dashes, nothing that a file
 * system or a shell would stumble over ("Netwerk van Noor" → "netwerk-van-noor.kring.json").
 */
export function fileNameFor(title: string, extension: string, fallback = 'kring'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${base === '' ? fallback : base}${extension}`;
}
