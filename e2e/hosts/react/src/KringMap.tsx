import '@kring/svelte/element';
import type {} from '@kring/svelte/react';
import { save, report } from '../../host-kit/host';

export const KringMap = ({ doc, locale }: { doc: object | string; locale: 'nl' | 'en' }) => (
  <kring-editor document={doc} locale={locale} style={{ height: 600 }}
    onkringready={(e) => e.detail.api.fit()} onkringchange={(e) => save(e.detail.document)}
    onkringerror={(e) => report(e.detail.problems)} />
);
