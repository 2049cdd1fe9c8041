// Werfwijzer's UI text: a small typed catalogue per language and one reactive rune.
//
// Why not Paraglide JS (the usual choice for Svelte)? Its inlang plugins are loaded from a
// CDN at build time, and our build machines reach only the npm registry. This module keeps
// the same guarantees: Dutch (nl.ts) is the source; en.ts must have exactly the same keys
// (`satisfies Messages`, and src/lib/i18n/i18n.test.ts fails on a missing or empty text);
// changing the language re-renders every text at once.

import type { Language } from '$lib/backend/api';
import { en } from './en';
import { nl, type Messages } from './nl';

export type { Messages };

const catalogues: Record<Language, Messages> = { nl, en };

/** The locale for dates and numbers per UI language. */
export const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

class I18n {
  #language = $state<Language>('nl');

  /** The current UI language. */
  get language(): Language {
    return this.#language;
  }

  /** The messages of the current language; reading it makes a component follow changes. */
  get t(): Messages {
    return catalogues[this.#language];
  }

  get locale(): string {
    return locales[this.#language];
  }

  /** Switches every text at once and keeps `<html lang>` in step. */
  setLanguage(language: Language): void {
    this.#language = language;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }
}

export const i18n = new I18n();

/** A best guess before the stored setting is known (start-up, or a broken database). */
export function systemLanguage(): Language {
  const lang = typeof navigator !== 'undefined' ? navigator.language : '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export { catalogues };
