import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, SessionProvider, SessionStore } from '@jangkau/web-data-access';
import { currentLanguage, initI18n } from '@jangkau/web-i18n';
import { App } from './app/App';
import { reloadOnPreloadError } from './pwa/chunk-reload';
import { askPersistentStorageOnce, registerServiceWorker } from './pwa/register';
import './styles.css';
import './pwa/pwa.css';

initI18n();
const session = new SessionStore();
const client = createApolloClient({ language: currentLanguage, session });
reloadOnPreloadError();
registerServiceWorker();
askPersistentStorageOnce(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider store={session} language={currentLanguage}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
