// The test's controls (not part of the example in docs/embedding.md): change properties at run time.
import { broken } from '../host-kit/host';
const el = document.getElementById('map');
document.getElementById('nl').addEventListener('click', () => (el.locale = 'nl'));
document.getElementById('break').addEventListener('click', () => (el.document = broken));
