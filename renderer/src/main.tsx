import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './features/app/app';
import { applyLangAttribute } from './i18n';
import { readToken } from './ipc/socket-bridge';
import { startRouter } from './features/app/router';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/table.css';
import './styles/pages.css';
import './styles/evidence.css';
import './styles/imports.css';
import './styles/research.css';

// Browser mode: take the per-run token out of `#token=…` before the router reads the hash.
if (!window.liaison) readToken();
applyLangAttribute();
startRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
