// Type-checked with the host (react/tsconfig.json), never built: what the element's React typings must
// refuse. An `@ts-expect-error` that finds no error fails the check, so typings gone loose (`any`) fail too.
import type {} from '@kring/svelte/react';

export const Refused = () => (
  <>
    {/* @ts-expect-error — not a view */}
    <kring-editor view="tree" />
    {/* @ts-expect-error — no such property */}
    <kring-editor locales="en" />
    {/* @ts-expect-error — the detail of kringchange has no `doc` */}
    <kring-editor onkringchange={(e) => e.detail.doc} />
    {/* @ts-expect-error — the detail of kringselectionchange is { ids } */}
    <kring-editor onkringselectionchange={(e) => e.detail.api.fit()} />
  </>
);
