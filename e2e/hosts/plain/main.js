import '@kring/svelte/element';
import { doc, save, report } from '../host-kit/host';
const el = document.getElementById('map');
el.document = doc;
el.addEventListener('kringready', (e) => e.detail.api.fit());
el.addEventListener('kringchange', (e) => save(e.detail.document));
el.addEventListener('kringerror', (e) => report(e.detail.problems));
