import type { Language } from '$lib/backend/api';
import { locales } from '$lib/i18n/i18n.svelte';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** "22 nov 2026, 14:05" (nl-NL) or "22 Nov 2026, 14:05" (en-GB), in the computer's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let f = formatters.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[language], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(language, f);
  }
  return f.format(date);
}
