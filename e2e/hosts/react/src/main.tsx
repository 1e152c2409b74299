// The React 19 host page: renders KringMap (the example in docs/embedding.md) with the test's controls,
// which change its properties through React state.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { broken, doc } from '../../host-kit/host';
import { KringMap } from './KringMap';

function App() {
  const [document, setDocument] = useState<object | string>(doc);
  const [locale, setLocale] = useState<'nl' | 'en'>('en');
  return (
    <StrictMode>
      <button id="nl" onClick={() => setLocale('nl')}>
        nl
      </button>
      <button id="break" onClick={() => setDocument(broken)}>
        break
      </button>
      <KringMap doc={document} locale={locale} />
    </StrictMode>
  );
}

createRoot(window.document.getElementById('root')!).render(<App />);
