// The vacancy wizard of one procedure: its answers, kept in a rune and saved as the owner
// types (a short pause, or at once when the step changes or the window closes), so closing
// the app mid-wizard loses nothing.

import {
  ApiError,
  vacancyApi,
  type BiText,
  type ExportFormat,
  type Language,
  type ProcedureKind,
  type TextCheck,
  type Vacancy,
  type VacancyAnswers,
  type WizardStep,
} from '$lib/backend/api';

export const STEPS: WizardStep[] = ['soort', 'functie', 'competenties', 'eisen', 'praktisch', 'tekst', 'klaar'];

/** How long typing may pause before the answers are saved. */
const SAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The side of a two-language text that the user edits (their UI language). */
export function side(t: BiText, lang: Language): string {
  return lang === 'nl' ? t.nl : t.en;
}

export function setSide(t: BiText, lang: Language, value: string): void {
  if (lang === 'nl') t.nl = value;
  else t.en = value;
}

/** What the owner sees in a field: their language, or the other one when that is empty. */
export function shown(t: BiText, lang: Language): string {
  const own = side(t, lang);
  return own.trim() !== '' ? own : lang === 'nl' ? t.en : t.nl;
}

export class WizardController {
  readonly procedureId: string;
  vacancy = $state<Vacancy | null>(null);
  answers = $state<VacancyAnswers | null>(null);
  step = $state<WizardStep>('soort');
  loadError = $state<ApiError | null>(null);
  saveState = $state<SaveState>('idle');
  saveError = $state<ApiError | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #textTimers = new Map<Language, ReturnType<typeof setTimeout>>();
  #pendingTexts = new Map<Language, string>();
  #saving: Promise<void> = Promise.resolve();

  constructor(procedureId: string) {
    this.procedureId = procedureId;
  }

  get editable(): boolean {
    return this.vacancy?.editable ?? false;
  }

  async load(): Promise<void> {
    this.loadError = null;
    try {
      this.#apply(await vacancyApi.get(this.procedureId));
      if (this.vacancy) this.step = this.vacancy.step;
    } catch (e) {
      this.loadError = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
    }
  }

  #apply(v: Vacancy): void {
    this.vacancy = v;
    this.answers = v.answers;
  }

  /** Call after changing `answers`: saves after a short pause. */
  changed(): void {
    if (!this.editable) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.saveState = 'saving';
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves what is pending now (answers and texts). Resolves when stored. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    for (const [lang, timer] of this.#textTimers) {
      clearTimeout(timer);
      this.#textTimers.delete(lang);
    }
    const texts = [...this.#pendingTexts];
    this.#pendingTexts.clear();
    const answers = this.answers ? $state.snapshot(this.answers) : null;
    const step = this.step;
    if (!this.editable || !answers) return;
    // Saves run one after the other, in the order they were asked for.
    this.#saving = this.#saving.then(async () => {
      this.saveState = 'saving';
      try {
        await vacancyApi.save(this.procedureId, step, answers);
        for (const [lang, text] of texts) await vacancyApi.saveText(this.procedureId, lang, text);
        this.saveState = 'saved';
        this.saveError = null;
      } catch (e) {
        this.saveState = 'failed';
        this.saveError = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
      }
    });
    await this.#saving;
  }

  async goTo(step: WizardStep): Promise<void> {
    this.step = step;
    await this.flush();
  }

  async setKind(kind: ProcedureKind): Promise<void> {
    await this.flush();
    this.#apply(await vacancyApi.setKind(this.procedureId, kind));
  }

  async chooseRole(packId: string, roleId: string): Promise<void> {
    await this.flush();
    this.#apply(await vacancyApi.chooseRole(this.procedureId, packId, roleId));
  }

  startBlank(): void {
    if (!this.answers) return;
    this.answers.role = null;
    this.changed();
  }

  async addOwnCompetency(name: string, definition: string): Promise<void> {
    await this.flush();
    this.#apply(await vacancyApi.addOwnCompetency(this.procedureId, name, definition));
  }

  /** Reloads after the competencies changed elsewhere (added or removed). */
  async reload(): Promise<void> {
    await this.flush();
    const v = await vacancyApi.get(this.procedureId);
    this.vacancy = v;
    // Keep the answers being edited; only the competencies and suggestions are new.
  }

  async draft(lang: Language): Promise<void> {
    await this.flush();
    const v = await vacancyApi.draft(this.procedureId, lang);
    this.vacancy = v;
  }

  text(lang: Language): string | null {
    if (!this.vacancy) return null;
    return lang === 'nl' ? this.vacancy.textNl : this.vacancy.textEn;
  }

  /** The owner edited the text in `lang`: keep it, and save it after a short pause. */
  setText(lang: Language, text: string): void {
    if (!this.vacancy || !this.editable) return;
    if (lang === 'nl') this.vacancy.textNl = text;
    else this.vacancy.textEn = text;
    this.#pendingTexts.set(lang, text);
    const old = this.#textTimers.get(lang);
    if (old) clearTimeout(old);
    this.saveState = 'saving';
    this.#textTimers.set(
      lang,
      setTimeout(() => void this.flush(), SAVE_DELAY_MS),
    );
  }

  check(text: string, lang: Language): Promise<TextCheck> {
    return vacancyApi.check(text, lang, 'vacancy', this.vacancy?.competencies.length ?? null);
  }

  checkShort(text: string, lang: Language): Promise<TextCheck> {
    return vacancyApi.check(text, lang, 'short', null);
  }

  async exportTo(lang: Language, format: ExportFormat, path: string): Promise<void> {
    await this.flush();
    await vacancyApi.export(this.procedureId, lang, format, path);
  }
}
