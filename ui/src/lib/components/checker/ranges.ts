// Pure helpers of the checked editor: line ends, moving findings along with an edit, and
// cutting the text into runs for the underline layer.

import type { CheckFinding, StructuralFinding, TextCheck } from './types';

/** A textarea's value has `\n` line ends only; offsets must count the same characters. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** How strongly a finding is marked: `high` (discrimination risk), `medium`, `structure`. */
export type Severity = 'high' | 'medium' | 'structure';

const MEDIUM = new Set(['TRAIT', 'CULTURE_FIT', 'DIPLOMA', 'GENDER_CODED']);

export function severityOf(category: string): Severity {
  return MEDIUM.has(category) ? 'medium' : 'high';
}

/** The changed part between two texts: `[start, oldEnd)` of `before` became `[start, newEnd)` of `after`. */
export type Edit = { start: number; oldEnd: number; newEnd: number };

export function diff(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** Moves a range along with an edit; `null` when the edit touched it (it is checked again anyway). */
function move(start: number, end: number, edit: Edit): [number, number] | null {
  if (end <= edit.start) return [start, end];
  if (start >= edit.oldEnd) {
    const delta = edit.newEnd - edit.oldEnd;
    return [start + delta, end + delta];
  }
  return null;
}

/**
 * The findings of `check` (made for `before`) moved onto `after`, while the check of `after`
 * is on its way: findings before or after the edit stay where their words are; findings the
 * edit touched disappear until the new result comes.
 */
export function shiftCheck(check: TextCheck, before: string, after: string): TextCheck {
  const edit = diff(before, after);
  if (edit === null) return check;
  const findings: CheckFinding[] = [];
  for (const f of check.findings) {
    const at = move(f.start, f.end, edit);
    if (at === null) continue;
    const rewrites = [];
    for (const r of f.rewrites) {
      const rat = move(r.start, r.end, edit);
      if (rat !== null) rewrites.push({ ...r, start: rat[0], end: rat[1] });
    }
    findings.push({ ...f, start: at[0], end: at[1], rewrites });
  }
  const structural: StructuralFinding[] = [];
  for (const s of check.structural) {
    if (s.start === null || s.end === null) {
      structural.push(s);
      continue;
    }
    const at = move(s.start, s.end, edit);
    if (at !== null) structural.push({ ...s, start: at[0], end: at[1] });
  }
  return { ...check, findings, structural };
}

/**
 * A piece of the text in the underline layer: `mark` is the strongest wording finding over it
 * (overlapping findings merge into one marked run), `structure` whether a structural finding
 * (a long sentence, jargon) covers it. The two are drawn differently and can overlap.
 */
export type Run = { start: number; end: number; mark: 'high' | 'medium' | null; structure: boolean };

type Span = { start: number; end: number; rank: number };

/** Clips, sorts and merges overlapping ranges; a merged range keeps the highest rank. */
function merged(ranges: Span[], n: number): Span[] {
  const spans = ranges
    .map((r) => ({ start: Math.max(0, Math.min(n, r.start)), end: Math.max(0, Math.min(n, r.end)), rank: r.rank }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.rank = Math.max(last.rank, s.rank);
    } else out.push({ ...s });
  }
  return out;
}

/** Cuts `text` into runs for the underline layer; the runs cover the text exactly once. */
export function runsOf(text: string, check: TextCheck | null): Run[] {
  const n = text.length;
  const marks = merged(
    (check?.findings ?? []).map((f) => ({ start: f.start, end: f.end, rank: severityOf(f.category) === 'high' ? 2 : 1 })),
    n,
  );
  const structure = merged(
    (check?.structural ?? []).flatMap((s) => (s.start !== null && s.end !== null ? [{ start: s.start, end: s.end, rank: 0 }] : [])),
    n,
  );
  if (marks.length === 0 && structure.length === 0) return [{ start: 0, end: n, mark: null, structure: false }];

  const cuts = new Set<number>([0, n]);
  for (const s of marks) cuts.add(s.start).add(s.end);
  for (const s of structure) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);

  const runs: Run[] = [];
  let mi = 0;
  let si = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (mi < marks.length && marks[mi].end <= start) mi++;
    while (si < structure.length && structure[si].end <= start) si++;
    const m = mi < marks.length && marks[mi].start <= start ? marks[mi] : null;
    const inStructure = si < structure.length && structure[si].start <= start;
    const mark = m === null ? null : m.rank === 2 ? 'high' : 'medium';
    const last = runs[runs.length - 1];
    if (last && last.mark === null && mark === null && !last.structure && !inStructure) last.end = end;
    else runs.push({ start, end, mark, structure: inStructure });
  }
  return runs;
}

/** One line of the text (up to and with its `\n`), with the runs cut to it. */
export type Line = { start: number; end: number; runs: Run[] };

/**
 * Cuts the runs at the line ends, so the underline layer can draw each line as a block of
 * its own: a keystroke then changes one small block, which the browser lays out again on
 * its own, instead of the whole text. The lines cover the text exactly once; the last one
 * is the (possibly empty) text after the last `\n`.
 */
export function linesOf(text: string, runs: Run[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let first = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl + 1;
    while (first < runs.length && runs[first].end <= start) first++;
    const own: Run[] = [];
    for (let k = first; k < runs.length && runs[k].start < end; k++) {
      const r = runs[k];
      own.push({ ...r, start: Math.max(r.start, start), end: Math.min(r.end, end) });
    }
    lines.push({ start, end, runs: own });
    if (nl === -1) return lines;
    start = end;
  }
}
