import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { AppErrorBoundary } from './app/app-error-boundary';
import { AppProvider } from './app/provider';
import { createAppRouter } from './app/router';
import './styles.css';

const router = createAppRouter();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
// index.html's static shell stays on screen until React's first render replaces it with the same
// layout; as a transition, that render yields to the browser every few milliseconds instead of
// blocking the main thread in one long task.
startTransition(() => {
  root.render(
    <StrictMode>
      <AppErrorBoundary>
        <AppProvider>
          <RouterProvider router={router} />
        </AppProvider>
      </AppErrorBoundary>
    </StrictMode>,
  );
});
