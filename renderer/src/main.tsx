import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initToken, invoke } from './api/client';
import { App } from './App';
import { ConfirmProvider } from './components/ConfirmDialog';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastProvider } from './components/Toasts';
import { StoreProvider } from './state/context';
import { WorkspaceStore } from './state/workspace';
import './styles/base.css';
import './styles/app.css';
import './styles/table.css';
import './styles/inspector.css';

// Take the browser-mode token out of the address bar before anything else runs.
initToken();

const store = new WorkspaceStore(invoke);
const root = document.getElementById('root');
if (!root) throw new Error('Lodestone: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="Lodestone">
      <StoreProvider store={store}>
        <ToastProvider>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </ToastProvider>
      </StoreProvider>
    </ErrorBoundary>
  </StrictMode>,
);
