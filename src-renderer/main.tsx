import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserBackupShelf, MinutebookDb, WriteJournal } from './db';
import { App } from './features/shell/app';
import { AppProvider } from './features/shell/app-context';
import { Startup } from './features/shell/startup';
import { detectPlatform } from './platform';
import { createAppStore } from './state';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const db = new MinutebookDb();

createRoot(root).render(
  <StrictMode>
    <Startup db={db}>
      <AppProvider
        db={db}
        journal={new WriteJournal(localStorage)}
        platform={detectPlatform(createBrowserBackupShelf)}
        store={createAppStore()}
      >
        <App />
      </AppProvider>
    </Startup>
  </StrictMode>,
);
