import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { startMapWorkers } from './map/start-workers.ts';

startMapWorkers();
mount(App, { target: document.getElementById('app')! });
