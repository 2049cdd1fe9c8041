// Amounts of money as an owner types them in the wizard, and back. The backend keeps
// amounts in euro cents (1471 is € 14,71), so an hourly wage fits.
//
// How a typed amount is read, the same in Dutch and English:
// - spaces, "€", "EUR"/"euro" and a Dutch ",-" at the end are left out: "€ 2.450,-" is 2450;
// - a point or comma followed by exactly one or two digits at the end is the decimal sign:
//   "14,50" and "14.50" are 14,50, "14,5" and "14.5" are 14,50 (nobody writes thousands
//   with one or two digits after the separator);
// - any other point or comma separates thousands and must be followed by three digits:
//   "2.450" and "2,450" are 2450, "1.234,50" and "1,234.50" are 1234,50 (nobody writes
//   cents with three digits);
// - anything else cannot be read: "14,5x", "1.23.4", "1.234.5,0" (two different kinds of
//   thousands separator or the same sign for both), a minus sign.

import type { Language } from '$lib/backend/api';

/** The largest amount the fields take: € 10 million, in cents. */
export const MAX_CENTS = 1_000_000_000;

/**
 * The amount in cents that `text` means, or null when it is empty or cannot be read.
 * Dutch and English are read alike (see above), so switching the language never changes
 * what a typed amount means.
 */
export function parseCents(text: string): number | null {
  let s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€|euro|eur/gi, '')
    .replace(/[.,][-–—]$/, '')
    // a separator typed last ("14,") means nothing yet: no warning halfway through typing
    .replace(/(\d)[.,]$/, '$1');
  if (!/^\d+([.,]\d+)*$/.test(s)) return null;

  let cents = 0;
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let decimal: string | null = null;
  if (last >= 0 && s.length - last - 1 <= 2) {
    decimal = s[last];
    const frac = s.slice(last + 1);
    cents = Number(frac.length === 1 ? `${frac}0` : frac);
    s = s.slice(0, last);
  }

  const groups = s.split(/[.,]/);
  if (groups.length > 1) {
    const seps = new Set(s.replace(/\d/g, ''));
    if (seps.size !== 1 || (decimal !== null && seps.has(decimal))) return null;
    const [first, ...rest] = groups;
    if (first.length > 3 || first.startsWith('0') || rest.some((g) => g.length !== 3)) return null;
  }
  const euros = Number(groups.join(''));
  if (!Number.isSafeInteger(euros)) return null;
  const total = euros * 100 + cents;
  return total <= MAX_CENTS ? total : null;
}

/**
 * An amount for the input field: whole euros as plain digits ("2450"), others with two
 * decimals after the language's decimal sign ("14,50" in Dutch, "14.50" in English).
 * No thousands separator, so what the field shows can always be read back.
 */
export function centsForInput(cents: number, lang: Language): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(euros);
  return `${euros}${lang === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

/**
 * An amount as the vacancy text writes it (like the drafting crate): "€ 2.450" and
 * "€ 14,50" in Dutch, "€2,450" and "€14.50" in English.
 */
export function centsAsText(cents: number, lang: Language): string {
  const [thousands, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+$)/g, thousands);
  const rest = cents % 100;
  const amount = rest === 0 ? euros : `${euros}${decimal}${String(rest).padStart(2, '0')}`;
  return lang === 'nl' ? `€ ${amount}` : `€${amount}`;
}
