import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadInitialDataset } from './data/load-dataset.ts';
import { startMapWorkers } from './map/start-workers.ts';
import { openArticleStore } from './storage/article-store.ts';

startMapWorkers();
// The seeds download and this browser's store opens while the explorer mounts (~100 ms of the
// start), not after it.
const starting = { dataset: loadInitialDataset(location.search), store: openArticleStore() };
mount(App, { target: document.getElementById('app')!, props: { starting } });
