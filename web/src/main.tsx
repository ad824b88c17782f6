import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { loadConfig } from './app/config';
import { initI18n } from './i18n/i18n';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';

const root = createRoot(document.getElementById('root')!);

async function start() {
  await initI18n();
  try {
    const config = await loadConfig();
    root.render(<StrictMode><App config={config} /></StrictMode>);
  } catch {
    const { StartError } = await import('./app/StartError');
    root.render(<StartError />);
  }
  registerServiceWorker();
}

void start();
