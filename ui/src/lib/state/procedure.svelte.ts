// One open procedure: its detail (phases, log) and what the user can do with it.

import { api, ApiError, type ProcedureDetail } from '$lib/backend/api';

export class ProcedureController {
  readonly id: string;
  detail = $state<ProcedureDetail | null>(null);
  loadError = $state<ApiError | null>(null);
  loading = $state(true);

  constructor(id: string) {
    this.id = id;
  }

  /** Loads or reloads the detail. Never throws: a failure is kept in `loadError`. */
  async load(): Promise<void> {
    this.loading = true;
    this.loadError = null;
    try {
      this.detail = await api.openProcedure(this.id);
    } catch (e) {
      this.loadError = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
    } finally {
      this.loading = false;
    }
  }

  async rename(title: string): Promise<void> {
    await api.renameProcedure(this.id, title);
    await this.load();
  }

  /** Removes one of the procedure's competencies (its copy), then reloads the detail: the
   *  list and the log both changed. */
  async removeCompetency(id: string): Promise<void> {
    await api.removeProcedureCompetency(this.id, id);
    await this.load();
  }

  async remove(): Promise<void> {
    await api.deleteProcedure(this.id);
  }
}
