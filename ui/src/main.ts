import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { api } from '$lib/backend/api';

let readySent = false;

/** Tells the shell (and its start-up benchmark) once that the first screen is painted. */
function onready(): void {
  if (readySent) return;
  readySent = true;
  // A mark the start-up diagnostics can read over WebDriver (performance.getEntriesByType).
  performance.mark('werfwijzer:ready');
  api.uiReady().catch(() => {
    // Not fatal: only the benchmark listens for it.
  });
}

async function start(): Promise<void> {
  // Outside Tauri (a plain browser during development), answer the IPC from an in-memory
  // fake backend. Both conditions are constant at build time, so a production build drops
  // this branch and the fake backend with it.
  if ((import.meta.env.DEV || import.meta.env.MODE === 'mock') && !('__TAURI_INTERNALS__' in window)) {
    const { installDevMock } = await import('$lib/backend/devMock');
    installDevMock();
  }
  mount(App, { target: document.getElementById('app')!, props: { onready } });
}

void start();
