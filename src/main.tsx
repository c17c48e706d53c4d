import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { setupI18n } from './ui/i18n/i18n';
import './ui/styles/app.css';
import './ui/styles/toolbar.css';
import './ui/styles/palette.css';
import './ui/styles/status-bar.css';
import './ui/styles/node.css';
import './ui/styles/connection-and-training.css';

setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
