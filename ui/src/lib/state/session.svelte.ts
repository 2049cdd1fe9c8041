// The app's shared state as runes: settings, organisations and the current
// organisation's procedures. Components call these methods; a failed call throws an
// `ApiError` for the component to show next to the action that failed.

import {
  api,
  ApiError,
  type DemoCreated,
  type Language,
  type Organisation,
  type ProcedureKind,
  type ProcedureSummary,
  type Settings,
} from '$lib/backend/api';
import { i18n, systemLanguage } from '$lib/i18n/i18n.svelte';
import { createContext } from 'svelte';

export type Status = 'loading' | 'ready' | 'fatal';

export class Session {
  status = $state<Status>('loading');
  /** The failure that stopped the start (shown full screen). */
  fatal = $state<ApiError | null>(null);
  settings = $state<Settings | null>(null);
  organisations = $state<Organisation[]>([]);
  procedures = $state<ProcedureSummary[]>([]);
  /** The organisation `procedures` belongs to (null: not loaded). */
  proceduresOf = $state<string | null>(null);
  proceduresError = $state<ApiError | null>(null);

  currentOrganisation = $derived.by(() => {
    const id = this.settings?.currentOrganisationId;
    return this.organisations.find((o) => o.id === id) ?? null;
  });

  /** Loads everything the first screen needs. Never throws. */
  async start(): Promise<void> {
    this.status = 'loading';
    this.fatal = null;
    if (i18n.language !== systemLanguage() && this.settings === null) i18n.setLanguage(systemLanguage());
    try {
      const settings = await api.getSettings();
      this.settings = settings;
      i18n.setLanguage(settings.language);
      this.organisations = await api.listOrganisations();
      await this.loadProcedures();
      this.status = 'ready';
    } catch (e) {
      this.fatal = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
      this.status = 'fatal';
    }
  }

  /** Reloads the list of procedures of the current organisation. Never throws. */
  async loadProcedures(): Promise<void> {
    const orgId = this.settings?.currentOrganisationId ?? null;
    this.proceduresError = null;
    if (orgId === null) {
      this.procedures = [];
      this.proceduresOf = null;
      return;
    }
    try {
      const list = await api.listProcedures(orgId);
      // Only keep the answer if the user did not switch meanwhile.
      if (this.settings?.currentOrganisationId === orgId) {
        this.procedures = list;
        this.proceduresOf = orgId;
      }
    } catch (e) {
      this.proceduresError = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
    }
  }

  async refreshOrganisations(): Promise<void> {
    this.organisations = await api.listOrganisations();
  }

  async #afterOrganisationChange(settings: Settings | null): Promise<void> {
    if (settings) this.settings = settings;
    await this.refreshOrganisations();
    await this.loadProcedures();
  }

  async createOrganisation(name: string): Promise<Organisation> {
    const org = await api.createOrganisation(name);
    // The backend makes a new organisation the current one.
    await this.#afterOrganisationChange({ ...this.#settings(), currentOrganisationId: org.id });
    return org;
  }

  async selectOrganisation(id: string): Promise<void> {
    const settings = await api.selectOrganisation(id);
    await this.#afterOrganisationChange(settings);
  }

  async renameOrganisation(id: string, name: string): Promise<Organisation> {
    const org = await api.renameOrganisation(id, name);
    this.organisations = this.organisations.map((o) => (o.id === id ? org : o));
    await this.refreshOrganisations();
    return org;
  }

  async deleteOrganisation(id: string): Promise<void> {
    const settings = await api.deleteOrganisation(id);
    await this.#afterOrganisationChange(settings);
  }

  async createDemo(): Promise<DemoCreated> {
    const demo = await api.createDemo();
    await this.#afterOrganisationChange({ ...this.#settings(), currentOrganisationId: demo.organisationId });
    return demo;
  }

  async createProcedure(title: string, kind: ProcedureKind): Promise<ProcedureSummary> {
    const organisationId = this.settings?.currentOrganisationId;
    if (!organisationId) throw new ApiError({ code: 'INVALID_INPUT', message: '' });
    const procedure = await api.createProcedure({ organisationId, title, kind });
    await this.#refreshQuietly();
    return procedure;
  }

  /** After a procedure changed elsewhere (renamed, deleted): refresh lists and counts. */
  async procedureChanged(): Promise<void> {
    await this.#refreshQuietly();
  }

  /** Switches the texts at once, then stores the choice; puts it back if storing fails. */
  async setLanguage(language: Language): Promise<void> {
    const previous = i18n.language;
    i18n.setLanguage(language);
    try {
      this.settings = await api.setLanguage(language);
    } catch (e) {
      i18n.setLanguage(previous);
      throw e;
    }
  }

  #settings(): Settings {
    return this.settings ?? { language: i18n.language, currentOrganisationId: null };
  }

  async #refreshQuietly(): Promise<void> {
    try {
      await this.refreshOrganisations();
    } catch {
      // The list stays as it was; the next load shows any lasting problem.
    }
    await this.loadProcedures();
  }
}

/** The session of the running app, shared with every component below `App`. */
export const [getSession, setSession] = createContext<Session>();
