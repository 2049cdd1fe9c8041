import { describe, expect, it } from 'vitest';
import { centsAsText, centsForInput, MAX_CENTS, parseCents } from './money';

describe('reading a typed amount', () => {
  it('reads whole euros with or without a thousands separator', () => {
    expect(parseCents('2450')).toBe(245_000);
    expect(parseCents('2.450')).toBe(245_000); // Dutch thousands
    expect(parseCents('2,450')).toBe(245_000); // English thousands
    expect(parseCents('1.000.000')).toBe(100_000_000);
    expect(parseCents('1,000,000')).toBe(100_000_000);
    expect(parseCents('14')).toBe(1400);
    expect(parseCents('0')).toBe(0);
  });

  it('reads cents after a comma (Dutch) or a point (English)', () => {
    expect(parseCents('14,50')).toBe(1450);
    expect(parseCents('14.50')).toBe(1450);
    expect(parseCents('14,71')).toBe(1471);
    expect(parseCents('16.20')).toBe(1620);
    expect(parseCents('0,05')).toBe(5);
    expect(parseCents('1.234,50')).toBe(123_450);
    expect(parseCents('1,234.50')).toBe(123_450);
    expect(parseCents('2.450,00')).toBe(245_000);
  });

  it('takes one or two digits at the end as cents, also after a point in Dutch', () => {
    expect(parseCents('14.5')).toBe(1450);
    expect(parseCents('14,5')).toBe(1450);
    expect(parseCents('2.45')).toBe(245);
    // three digits are thousands in either language
    expect(parseCents('14.500')).toBe(1_450_000);
    expect(parseCents('14,500')).toBe(1_450_000);
  });

  it('leaves out spaces, the euro sign and a Dutch ,- at the end', () => {
    expect(parseCents('€ 2.450,00')).toBe(245_000);
    expect(parseCents('  € 14,71 ')).toBe(1471);
    expect(parseCents('€14.71')).toBe(1471);
    expect(parseCents('2 450')).toBe(245_000);
    expect(parseCents('2\u00a0450,50')).toBe(245_050);
    expect(parseCents('2.450,-')).toBe(245_000);
    expect(parseCents('2450,–')).toBe(245_000);
    expect(parseCents('2450 euro')).toBe(245_000);
    expect(parseCents('EUR 14,50')).toBe(1450);
  });

  it('does not warn halfway through typing a decimal sign', () => {
    expect(parseCents('14,')).toBe(1400);
    expect(parseCents('14.')).toBe(1400);
  });

  it('refuses what it cannot read', () => {
    for (const text of [
      '',
      '   ',
      '€',
      'veertien',
      '14,5x',
      '-14',
      '+14',
      ',50',
      '14,,50',
      '1.23.4',
      '1.234.5,0',
      '1,234,5',
      '1.234.56', // the same sign for thousands and cents
      '1,234,56',
      '12.34,567',
      '1234.567,50', // a first group of four digits before a thousands separator
      '0.500',
      '1e3',
      '14,50,-x',
    ]) {
      expect(parseCents(text), text).toBeNull();
    }
  });

  it('refuses amounts above ten million euros', () => {
    expect(parseCents('10.000.000')).toBe(MAX_CENTS);
    expect(parseCents('10.000.000,01')).toBeNull();
    expect(parseCents('99999999999999999999')).toBeNull();
  });
});

describe('showing an amount', () => {
  it('in the field: plain digits, cents after the language’s decimal sign', () => {
    expect(centsForInput(245_000, 'nl')).toBe('2450');
    expect(centsForInput(245_000, 'en')).toBe('2450');
    expect(centsForInput(1471, 'nl')).toBe('14,71');
    expect(centsForInput(1471, 'en')).toBe('14.71');
    expect(centsForInput(1450, 'nl')).toBe('14,50');
    expect(centsForInput(5, 'en')).toBe('0.05');
    expect(centsForInput(123_450, 'nl')).toBe('1234,50');
  });

  it('in the field: what it shows reads back as the same amount', () => {
    for (const cents of [0, 5, 1400, 1450, 1471, 1620, 123_450, 245_000, MAX_CENTS]) {
      for (const lang of ['nl', 'en'] as const) {
        expect(parseCents(centsForInput(cents, lang))).toBe(cents);
      }
    }
  });

  it('in the text: like the vacancy text in each language', () => {
    expect(centsAsText(245_000, 'nl')).toBe('€ 2.450');
    expect(centsAsText(245_000, 'en')).toBe('€2,450');
    expect(centsAsText(1471, 'nl')).toBe('€ 14,71');
    expect(centsAsText(1620, 'en')).toBe('€16.20');
    expect(centsAsText(123_450, 'nl')).toBe('€ 1.234,50');
    expect(centsAsText(123_450, 'en')).toBe('€1,234.50');
    expect(centsAsText(100_000_000, 'nl')).toBe('€ 1.000.000');
  });
});
