import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import './styles/base.css';
import { App } from './app';
import { client } from './graphql/client';
import { startI18n } from './i18n';

// The words first (one small chunk, the reader's language), then the app.
void startI18n().then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <Provider value={client}>
        <App />
      </Provider>
    </StrictMode>,
  ),
);
