// What one button starts (save, create, delete): busy while it runs, and the message to
// show next to it when it failed.

import { errorText } from '$lib/backend/api';
import { i18n } from '$lib/i18n/i18n.svelte';

export class Action {
  busy = $state(false);
  error = $state<string | null>(null);

  /** Runs `task` unless it is still running; a failure goes into `error`, never thrown. */
  async run(task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      await task();
    } catch (e) {
      this.error = errorText(e, i18n.t.app.genericError);
    } finally {
      this.busy = false;
    }
  }
}
