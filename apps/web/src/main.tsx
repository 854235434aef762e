import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@lingui/react';
import { Provider } from 'urql';
import './styles/base.css';
import { App } from './app';
import { client } from './graphql/client';
import { i18n, startI18n } from './i18n';

// The words first (one small chunk, the reader's language), then the app. Its first render is a
// transition: React yields to the browser every few milliseconds instead of holding a slow
// phone's main thread for the whole page.
void startI18n().then(() =>
  startTransition(() =>
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <Provider value={client}>
            <App />
          </Provider>
        </I18nProvider>
      </StrictMode>,
    ),
  ),
);
