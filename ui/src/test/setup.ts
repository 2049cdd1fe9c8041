// jsdom lacks a few browser APIs the UI uses; fill them in simply and faithfully enough.

if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Escape on an open modal dialog closes it, as browsers do ("cancel", then "close").
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = [...document.querySelectorAll('dialog[open]')].pop() as HTMLDialogElement | undefined;
  if (!open) return;
  const cancel = new Event('cancel', { cancelable: true });
  if (open.dispatchEvent(cancel)) open.close();
});

if (typeof window.requestAnimationFrame !== 'function') {
  window.requestAnimationFrame = (cb) => window.setTimeout(() => cb(performance.now()), 0);
}
