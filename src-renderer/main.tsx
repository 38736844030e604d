import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackupShelf, MinutebookDb, WriteJournal } from './db';
import { App } from './features/shell/app';
import { AppProvider } from './features/shell/app-context';
import { detectPlatform } from './platform';
import { createAppStore } from './state';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <AppProvider
      db={new MinutebookDb()}
      journal={new WriteJournal(localStorage)}
      platform={detectPlatform(createBrowserBackupShelf)}
      store={createAppStore()}
    >
      <App />
    </AppProvider>
  </StrictMode>,
);
