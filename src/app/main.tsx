/** Entry point: mounts the React shell into #root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { setDocumentReady } from './readiness.ts';
import '../ui/theme.css';
import '../ui/panels.css';

setDocumentReady(false);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
