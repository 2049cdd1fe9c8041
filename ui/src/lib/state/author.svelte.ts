// The pack editor's state: the draft being edited, which part is selected, saving as you
// go (debounced, and at once when leaving), the check's problems and the preview.

import {
  authorApi,
  errorText,
  type DraftPack,
  type DraftPart,
  type DraftProblem,
  type Language,
  type PackCompetency,
  type PackRole,
  type PackText,
  type Preview,
} from '$lib/backend/api';
import { i18n } from '$lib/i18n/i18n.svelte';

/** How long typing may pause before the draft is saved. */
export const SAVE_DELAY_MS = 600;
/** How long typing may pause before the preview is made anew. */
export const PREVIEW_DELAY_MS = 250;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

export const emptyText = (): PackText => ({ nl: null, en: null });

export function newCompetency(id: string): PackCompetency {
  const anchors = () => ({ one: emptyText(), three: emptyText(), five: emptyText() });
  return {
    id,
    name: emptyText(),
    definition: emptyText(),
    indicators: [emptyText(), emptyText(), emptyText()],
    letterAnchors: anchors(),
    questions: [
      { kind: 'behavioural', text: emptyText(), followUps: [emptyText()] },
      { kind: 'situational', text: emptyText(), followUps: [emptyText()] },
    ],
    interviewAnchors: anchors(),
    workSample: null,
  };
}

export function newRole(id: string, sector: string): PackRole {
  return {
    id,
    sector,
    title: emptyText(),
    summary: emptyText(),
    tasks: [emptyText(), emptyText(), emptyText()],
    competencies: [],
    conditions: { hours: emptyText(), cao: emptyText(), payHint: emptyText() },
    requirements: [],
  };
}

/** A free id: `base-1`, `base-2`, … */
export function freeId(base: string, taken: string[]): string {
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** A text in the UI language, else the other one, else null. */
export function textIn(text: PackText, language: Language): string | null {
  const first = language === 'en' ? text.en : text.nl;
  const second = language === 'en' ? text.nl : text.en;
  return [first, second].map((s) => s?.trim() ?? '').find((s) => s !== '') ?? null;
}

export type Selection = DraftPart;

export class DraftEditor {
  readonly id: string;
  pack = $state<DraftPack | null>(null);
  loadError = $state<string | null>(null);
  selection = $state<Selection>({ kind: 'header' });

  saveState = $state<SaveState>('saved');
  saveError = $state<string | null>(null);
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #lastSaved = '';
  #saving: Promise<void> | null = null;

  problems = $state<DraftProblem[] | null>(null);
  checkError = $state<string | null>(null);
  checking = $state(false);

  previewLanguage = $state<Language>('nl');
  preview = $state<Preview | null>(null);
  previewError = $state<string | null>(null);
  #previewTimer: ReturnType<typeof setTimeout> | null = null;
  #previewSeq = 0;

  constructor(id: string) {
    this.id = id;
  }

  async load(): Promise<void> {
    try {
      const draft = await authorApi.getDraft(this.id);
      this.#lastSaved = JSON.stringify(draft.pack);
      this.pack = draft.pack;
      this.previewLanguage = i18n.language;
      this.loadError = null;
    } catch (e) {
      this.loadError = errorText(e, i18n.t.app.genericError);
    }
  }

  /** Called with the pack as JSON after every change (by an effect in the screen). */
  changed(snapshot: string): void {
    if (snapshot === this.#lastSaved) return;
    this.saveState = 'unsaved';
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves now if anything changed since the last save; waits for a save under way. */
  async save(): Promise<void> {
    if (this.#saveTimer) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
    }
    if (this.#saving) await this.#saving;
    if (!this.pack) return;
    const pack = $state.snapshot(this.pack) as DraftPack;
    const json = JSON.stringify(pack);
    if (json === this.#lastSaved) {
      if (this.saveState !== 'failed') this.saveState = 'saved';
      return;
    }
    this.saveState = 'saving';
    this.#saving = (async () => {
      try {
        await authorApi.saveDraft(this.id, pack);
        this.#lastSaved = json;
        this.saveError = null;
        // Changed again while saving? Then it stays unsaved until the next save.
        this.saveState = JSON.stringify(this.pack) === json ? 'saved' : 'unsaved';
      } catch (e) {
        this.saveState = 'failed';
        this.saveError = errorText(e, i18n.t.author.saveFailed);
      }
    })();
    await this.#saving;
    this.#saving = null;
  }

  select(selection: Selection): void {
    this.selection = selection;
  }

  // --- competencies and roles ------------------------------------------------------------

  addCompetency(): void {
    if (!this.pack) return;
    const id = freeId('competentie', this.pack.competencies.map((c) => c.id));
    this.pack.competencies.push(newCompetency(id));
    this.selection = { kind: 'competency', index: this.pack.competencies.length - 1 };
  }

  addRole(): void {
    if (!this.pack) return;
    const id = freeId('functie', this.pack.roles.map((r) => r.id));
    const sector = this.pack.roles[0]?.sector ?? '';
    this.pack.roles.push(newRole(id, sector));
    this.selection = { kind: 'role', index: this.pack.roles.length - 1 };
  }

  /** Removes a competency and every role's reference to it. */
  removeCompetency(index: number): void {
    if (!this.pack) return;
    const [removed] = this.pack.competencies.splice(index, 1);
    if (removed) {
      for (const role of this.pack.roles) role.competencies = role.competencies.filter((id) => id !== removed.id);
    }
    this.selection = this.pack.competencies.length > 0
      ? { kind: 'competency', index: Math.min(index, this.pack.competencies.length - 1) }
      : { kind: 'header' };
  }

  removeRole(index: number): void {
    if (!this.pack) return;
    this.pack.roles.splice(index, 1);
    this.selection = this.pack.roles.length > 0
      ? { kind: 'role', index: Math.min(index, this.pack.roles.length - 1) }
      : { kind: 'header' };
  }

  /** Gives a competency a new id and follows it in the roles that use it. */
  renameCompetency(index: number, id: string): void {
    const c = this.pack?.competencies[index];
    if (!this.pack || !c || c.id === id) return;
    const old = c.id;
    c.id = id;
    for (const role of this.pack.roles) role.competencies = role.competencies.map((x) => (x === old ? id : x));
  }

  // --- check and preview ------------------------------------------------------------------

  async check(): Promise<void> {
    this.checking = true;
    this.checkError = null;
    try {
      await this.save();
      this.problems = await authorApi.validateDraft(this.id);
    } catch (e) {
      this.checkError = errorText(e, i18n.t.app.genericError);
    } finally {
      this.checking = false;
    }
  }

  /** Makes the preview anew after a short pause (called by an effect on every change). */
  schedulePreview(): void {
    if (this.#previewTimer) clearTimeout(this.#previewTimer);
    const sel = this.selection;
    if (!this.pack || sel.kind === 'header') {
      this.preview = null;
      return;
    }
    const pack = $state.snapshot(this.pack) as DraftPack;
    const language = this.previewLanguage;
    const seq = ++this.#previewSeq;
    this.#previewTimer = setTimeout(async () => {
      try {
        const preview = await authorApi.previewDraftItem(pack, sel, language);
        if (seq === this.#previewSeq) {
          this.preview = preview;
          this.previewError = null;
        }
      } catch (e) {
        if (seq === this.#previewSeq) this.previewError = errorText(e, i18n.t.app.genericError);
      }
    }, PREVIEW_DELAY_MS);
  }

  dispose(): void {
    if (this.#previewTimer) clearTimeout(this.#previewTimer);
  }
}
