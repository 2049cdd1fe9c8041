import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { i18n } from './i18n.svelte';

type Tree = { [key: string]: unknown };

/** Every leaf as [path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value as Tree, path) : [[path, value]];
  });
}

/** A message's text: strings as they are, functions called with any parameter they ask for. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    const params = new Proxy({}, { get: (_, key) => (key === 'count' || key === 'n' ? 2 : 'X') });
    return String(value(params));
  }
  return '';
}

describe('i18n catalogues', () => {
  const nlLeaves = new Map(leaves(nl));
  const enLeaves = new Map(leaves(en as Tree));

  it('has every Dutch key in English, and no more', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...nlLeaves.keys()].sort());
  });

  it.each([...nlLeaves.keys()])('has a non-empty English text for %s', (key) => {
    const nlValue = nlLeaves.get(key);
    const enValue = enLeaves.get(key);
    expect(typeof enValue).toBe(typeof nlValue);
    expect(render(enValue).trim()).not.toBe('');
    expect(render(nlValue).trim()).not.toBe('');
  });

  it('switches the texts and <html lang> at once', () => {
    i18n.setLanguage('en');
    expect(i18n.t.nav.settings).toBe('Settings');
    expect(document.documentElement.lang).toBe('en');
    i18n.setLanguage('nl');
    expect(i18n.t.nav.settings).toBe('Instellingen');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('words plurals', () => {
    expect(nl.organisations.procedureCount({ count: 0 })).toBe('Nog geen procedures');
    expect(nl.organisations.procedureCount({ count: 1 })).toBe('1 procedure');
    expect(en.organisations.procedureCount({ count: 3 })).toBe('3 procedures');
  });
});
