/**
 * The page's entry point (index.html loads it): fonts and styles from the project (no CDN), then the app.
 * See App.ts for how the page works.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app');
void new App(root).start();
