requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI__.core.invoke("ui_ready"))
);
