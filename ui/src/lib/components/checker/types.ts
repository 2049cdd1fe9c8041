// What the wording checker returns for one text (PRODUCT.md §3.2). Offsets are UTF-16 code
// units, i.e. JavaScript string indices, into the text as it was sent (line ends as `\n`).

export type Rewrite = { start: number; end: number; text: string; label: string };

export type CheckFinding = {
  start: number;
  end: number;
  category: string;
  categoryLabel: string;
  reason: string;
  alternative: string;
  rewrites: Rewrite[];
};

export type StructuralFinding = { kind: string; message: string; start: number | null; end: number | null };

export type Readability = { score: number; level: 'easy' | 'fair' | 'hard' | 'veryHard'; label: string; advice: string };

export type TextCheck = {
  findings: CheckFinding[];
  structural: StructuralFinding[];
  readability: Readability | null;
  words: number;
};

export type CheckFn = (text: string, lang: 'nl' | 'en') => Promise<TextCheck>;
