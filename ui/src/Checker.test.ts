import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CheckedEditor from '$lib/components/checker/CheckedEditor.svelte';
import { diff, linesOf, normalizeNewlines, runsOf, shiftCheck } from '$lib/components/checker/ranges';
import type { CheckFinding, StructuralFinding, TextCheck } from '$lib/components/checker/types';
import { i18n } from '$lib/i18n/i18n.svelte';

const WORD = 'stressbestendig';
const REWRITE = 'kan rustig blijven als het druk is';

/** A tiny stand-in for the backend: flags "stressbestendig", "jong" and the jargon "synergie". */
function fakeCheck(text: string): TextCheck {
  const findings: CheckFinding[] = [];
  for (const m of text.matchAll(/stressbestendig/g)) {
    const start = m.index;
    const end = start + WORD.length;
    findings.push({
      start,
      end,
      category: 'TRAIT',
      categoryLabel: 'Eigenschap',
      reason: 'Dit is een eigenschap, geen gedrag.',
      alternative: 'Beschrijf wat iemand doet als het druk is.',
      rewrites: [{ start, end, text: REWRITE, label: REWRITE }],
    });
  }
  for (const m of text.matchAll(/\bjong\b/g)) {
    findings.push({
      start: m.index,
      end: m.index + 4,
      category: 'AGE',
      categoryLabel: 'Leeftijd',
      reason: 'Leeftijd mag geen rol spelen.',
      alternative: 'Noem wat iemand moet kunnen.',
      rewrites: [],
    });
  }
  const structural: StructuralFinding[] = [];
  if (text.trim() !== '' && !text.includes('€')) {
    structural.push({ kind: 'noPayRange', message: 'Er staat geen salaris in de tekst.', start: null, end: null });
  }
  for (const m of text.matchAll(/synergie/g)) {
    structural.push({ kind: 'jargon', message: 'Vakjargon: gebruik gewone woorden.', start: m.index, end: m.index + 8 });
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    findings,
    structural,
    words,
    readability: words === 0 ? null : { score: 70, level: 'easy', label: 'Goed leesbaar', advice: 'voor de meeste mensen' },
  };
}

const instant = (text: string) => Promise.resolve(fakeCheck(text));

function setup(props: { value?: string; compact?: boolean; check?: (text: string, lang: 'nl' | 'en') => Promise<TextCheck> } = {}) {
  const onchange = vi.fn();
  const check = vi.fn(props.check ?? instant);
  const user = userEvent.setup();
  const view = render(CheckedEditor, {
    props: { value: props.value ?? '', lang: 'nl', check, label: 'Vacaturetekst', onchange, compact: props.compact ?? false },
  });
  const input = screen.getByLabelText('Vacaturetekst') as HTMLTextAreaElement;
  return { ...view, user, onchange, check, input };
}

beforeEach(() => {
  i18n.setLanguage('nl');
});

describe('the checked editor', () => {
  it('underlines a finding while typing and lists it with its explanation', async () => {
    const { user, input, onchange } = setup();
    await user.type(input, 'Je bent stressbestendig.');
    expect(onchange).toHaveBeenLastCalledWith('Je bent stressbestendig.');

    const mark = await screen.findByTestId('checker-mark');
    expect(mark.textContent).toBe(WORD);
    expect(mark.className).toContain('mark-medium');
    expect(screen.getByTestId('checker-mirror').textContent).toBe('Je bent stressbestendig.\u200b');

    const item = screen.getByTestId('checker-finding');
    expect(within(item).getByRole('button', { name: `Toon „${WORD}” in de tekst` })).toBeTruthy();
    expect(within(item).getByText('Eigenschap')).toBeTruthy();
    expect(within(item).getByText('Dit is een eigenschap, geen gedrag.')).toBeTruthy();
    expect(within(item).getByText('Beschrijf wat iemand doet als het druk is.')).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByTestId('checker-count').id);
    expect(screen.getByTestId('checker-count').textContent).toContain('2 opmerkingen');
  });

  it('applies a rewrite, keeps the focus in the text and checks again', async () => {
    const { user, input, onchange, check } = setup({ value: 'Je bent stressbestendig en flexibel.' });
    await user.click(await screen.findByRole('button', { name: REWRITE }));
    const expected = `Je bent ${REWRITE} en flexibel.`;
    expect(input.value).toBe(expected);
    expect(onchange).toHaveBeenLastCalledWith(expected);
    expect(document.activeElement).toBe(input);
    expect(input.selectionStart).toBe(8 + REWRITE.length);
    expect(input.selectionEnd).toBe(8 + REWRITE.length);
    await waitFor(() => expect(screen.queryByTestId('checker-finding')).toBeNull());
    expect(check).toHaveBeenLastCalledWith(expected, 'nl');
  });

  it('selects the phrase in the text from the list', async () => {
    const { user, input } = setup({ value: 'Wij zoeken iemand die jong is.' });
    await user.click(await screen.findByRole('button', { name: 'Toon „jong” in de tekst' }));
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([22, 26]);
    expect(screen.getByTestId('checker-mark').className).toContain('mark-high');
  });

  it('never lets a late answer to an older text overwrite a newer one', async () => {
    const pending = new Map<string, (c: TextCheck) => void>();
    const slow = (text: string) => new Promise<TextCheck>((resolve) => pending.set(text, resolve));
    const { input } = setup({ check: slow });

    await fireEvent.input(input, { target: { value: 'stressbestendig' } });
    await fireEvent.input(input, { target: { value: 'rustig' } });
    pending.get('rustig')!(fakeCheck('rustig'));
    await waitFor(() => expect(screen.getByTestId('checker-count').textContent).toContain('1 opmerking'));
    pending.get('stressbestendig')!(fakeCheck('stressbestendig'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('checker-finding')).toBeNull();
    expect(screen.queryByTestId('checker-mark')).toBeNull();
  });

  it('keeps the last marks in place while the next check runs', async () => {
    const pending: ((c: TextCheck) => void)[] = [];
    let first = true;
    const check = (text: string) => {
      if (first) {
        first = false;
        return Promise.resolve(fakeCheck(text));
      }
      return new Promise<TextCheck>((resolve) => pending.push(resolve));
    };
    const { input } = setup({ value: 'Ben je stressbestendig?', check });
    expect((await screen.findByTestId('checker-mark')).textContent).toBe(WORD);
    // Text typed before the finding moves its mark along before the answer comes.
    await fireEvent.input(input, { target: { value: 'Zeg, ben je stressbestendig?' } });
    expect(pending.length).toBe(1);
    expect(screen.getByTestId('checker-mark').textContent).toBe(WORD);
    // An edit inside the finding hides its mark until the answer comes.
    await fireEvent.input(input, { target: { value: 'Zeg, ben je stressbstendig?' } });
    expect(screen.queryByTestId('checker-mark')).toBeNull();
  });

  it('counts Windows line ends as one character, like the textarea', async () => {
    const { check } = setup({ value: 'Regel een\r\nJe bent stressbestendig.\r\n' });
    const mark = await screen.findByTestId('checker-mark');
    expect(check).toHaveBeenCalledWith('Regel een\nJe bent stressbestendig.\n', 'nl');
    expect([mark.dataset.start, mark.dataset.end]).toEqual(['18', '33']);
    // A trailing line end still gets its own (empty) line in the underline layer.
    expect(screen.getByTestId('checker-mirror').textContent).toBe('Regel een\nJe bent stressbestendig.\n\u200b');
  });

  it('shows hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"> stressbestendig <b>vet</b>';
    setup({ value: evil });
    await screen.findByTestId('checker-mark');
    const mirror = screen.getByTestId('checker-mirror');
    expect(mirror.querySelector('img')).toBeNull();
    expect(mirror.querySelector('b')).toBeNull();
    expect(mirror.textContent).toBe(`${evil}\u200b`);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows a calm empty state when there is nothing to remark', async () => {
    setup({ value: '' });
    const count = await screen.findByTestId('checker-count');
    expect(count.textContent).toContain('Geen opmerkingen');
    expect(count.textContent).toContain('✓');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists structural findings separately, and underlines and selects those with a range', async () => {
    const { user, input } = setup({ value: 'We zoeken synergie in het team.' });
    const items = await screen.findAllByTestId('checker-structural');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Er staat geen salaris in de tekst.'),
      expect.stringContaining('Vakjargon'),
    ]);
    expect(within(items[0]).queryByRole('button')).toBeNull();
    const mark = screen.getByTestId('checker-mark');
    expect(mark.textContent).toBe('synergie');
    expect(mark.className).toContain('mark-structure');
    await user.click(within(items[1]).getByRole('button', { name: 'Toon „synergie” in de tekst' }));
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([10, 18]);
  });

  it('shows the words and readability, but not in compact mode', async () => {
    setup({ value: 'Je helpt klanten in de winkel. Je verdient € 2.400 tot € 2.900.' });
    const footer = await screen.findByTestId('checker-footer');
    expect(footer.textContent).toMatch(/13 woorden · Goed leesbaar\s+voor de meeste mensen/);
  });

  it('has no footer in compact mode', async () => {
    setup({ value: 'Je bent stressbestendig.', compact: true });
    await screen.findByTestId('checker-finding');
    expect(screen.queryByTestId('checker-footer')).toBeNull();
    expect((screen.getByLabelText('Vacaturetekst') as HTMLTextAreaElement).rows).toBe(2);
  });

  it('announces the number of remarks only after typing stops', async () => {
    const { user, input } = setup();
    await user.type(input, 'jong');
    const live = screen.getByTestId('checker-live');
    expect(live.textContent).toBe('');
    await waitFor(() => expect(live.textContent).toBe('2 opmerkingen'), { timeout: 3000 });
  });

  it('uses the English texts when the interface is English', async () => {
    i18n.setLanguage('en');
    setup({ value: '' });
    expect((await screen.findByTestId('checker-count')).textContent).toContain('No remarks');
  });
});

describe('the range helpers', () => {
  it('normalises line ends', () => {
    expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('finds the changed part', () => {
    expect(diff('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(diff('abc', 'abc')).toBeNull();
    expect(diff('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });

  it('merges overlapping findings into one run and keeps structure apart', () => {
    const check = fakeCheck('');
    check.findings = [
      { ...fakeCheck('stressbestendig').findings[0], start: 2, end: 6, category: 'TRAIT' },
      { ...fakeCheck('stressbestendig').findings[0], start: 4, end: 8, category: 'AGE' },
    ];
    check.structural = [{ kind: 'longSentence', message: '', start: 0, end: 10 }];
    const runs = runsOf('0123456789ab', check);
    expect(runs).toEqual([
      { start: 0, end: 2, mark: null, structure: true },
      { start: 2, end: 8, mark: 'high', structure: true },
      { start: 8, end: 10, mark: null, structure: true },
      { start: 10, end: 12, mark: null, structure: false },
    ]);
    // Ranges beyond the text (a stale answer) are clipped.
    expect(runsOf('0123', check).map((r) => r.end)).toEqual([2, 4]);
  });

  it('cuts the runs at line ends, one block per line, covering the text once', () => {
    const text = 'ab\n\ncd ef\n';
    const check = fakeCheck('');
    check.findings = [{ ...fakeCheck('stressbestendig').findings[0], start: 1, end: 6, category: 'AGE' }];
    const lines = linesOf(text, runsOf(text, check));
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [0, 3],
      [3, 4],
      [4, 10],
      [10, 10],
    ]);
    expect(lines.map((l) => l.runs.map((r) => [r.start, r.end, r.mark]))).toEqual([
      [
        [0, 1, null],
        [1, 3, 'high'],
      ],
      [[3, 4, 'high']],
      [
        [4, 6, 'high'],
        [6, 10, null],
      ],
      [],
    ]);
    expect(linesOf('', runsOf('', null))).toEqual([{ start: 0, end: 0, runs: [] }]);
  });

  it('moves findings after an edit and drops the ones it touched', () => {
    const before = 'jong en stressbestendig';
    const moved = shiftCheck(fakeCheck(before), before, 'heel jong en stressbestendig');
    expect(moved.findings.map((f) => [f.start, f.end])).toEqual([
      [13, 28],
      [5, 9],
    ]);
    expect(moved.findings[0].rewrites[0].start).toBe(13);
    const touched = shiftCheck(fakeCheck(before), before, 'jong en stressbestendi');
    expect(touched.findings.map((f) => f.category)).toEqual(['AGE']);
  });
});
