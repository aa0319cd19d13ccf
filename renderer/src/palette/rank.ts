// Which palette entries match what was typed, best first. Pure.
// Every word typed must match: in the label (at its start, at a word's start, anywhere, or
// as letters in order, "exsn" for "Export Snapshot"), or in the entry's group or keywords
// ("merge" finds Import Snapshot); letters in order must start at a word. Better kinds of match score higher; ties keep the
// entries' own order, so related commands stay together.

export interface Rankable {
  label: string;
  group?: string;
  keywords?: string;
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Indexes of the label's characters that matched, to highlight. */
  highlights: number[];
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (isWordChar(text[i]) && !isWordChar(text[i - 1])) starts.push(i);
  return starts;
}

const range = (from: number, length: number) => Array.from({ length }, (_, i) => from + i);

/** Letters of `token` in order in `text`, preferring word starts; null if they are not all there. */
function subsequence(text: string, token: string, starts: readonly number[]): { score: number; indices: number[] } | null {
  const indices: number[] = [];
  // The first letter must begin a word: "dia" is not looked for across "unDo edIt fAcility".
  const first = starts.find((s) => text[s] === token[0]);
  if (first === undefined) return null;
  indices.push(first);
  let from = first + 1;
  for (const ch of token.slice(1)) {
    // a word start holding this letter, if one comes before the next plain occurrence
    const plain = text.indexOf(ch, from);
    if (plain < 0) return null;
    const atStart = starts.find((s) => s >= from && s <= plain + 12 && text[s] === ch);
    const at = atStart ?? plain;
    indices.push(at);
    from = at + 1;
  }
  // Letters strewn across a long label ("n…e…w" in an undo label) are a coincidence, not a match.
  if (indices[indices.length - 1]! - indices[0]! + 1 > token.length * 4) return null;
  let score = 20;
  for (let i = 0; i < indices.length; i++) {
    if (starts.includes(indices[i]!)) score += 4;
    if (i > 0 && indices[i] === indices[i - 1]! + 1) score += 2;
  }
  return { score: Math.min(score, 49), indices };
}

function matchToken(label: string, extra: string, token: string): { score: number; indices: number[] } | null {
  const starts = wordStarts(label);
  if (label.startsWith(token)) return { score: 100, indices: range(0, token.length) };
  const wordStart = starts.find((s) => label.startsWith(token, s));
  if (wordStart !== undefined) return { score: 80, indices: range(wordStart, token.length) };
  const inside = label.indexOf(token);
  if (inside >= 0 && token.length >= 2) return { score: 60, indices: range(inside, token.length) };
  const fuzzy = token.length >= 2 ? subsequence(label, token, starts) : null;
  if (fuzzy) return fuzzy;
  if (wordStarts(extra).some((s) => extra.startsWith(token, s))) return { score: 30, indices: [] };
  return null;
}

export function rankItems<T extends Rankable>(items: readonly T[], query: string): Ranked<T>[] {
  const tokens = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!tokens.length) return items.map((item) => ({ item, score: 0, highlights: [] }));
  const out: (Ranked<T> & { order: number })[] = [];
  items.forEach((item, order) => {
    const label = item.label.toLowerCase();
    const extra = `${item.group ?? ''} ${item.keywords ?? ''}`.toLowerCase();
    let score = 0;
    const highlights = new Set<number>();
    for (const token of tokens) {
      const match = matchToken(label, extra, token);
      if (!match) return;
      score += match.score;
      for (const i of match.indices) highlights.add(i);
    }
    out.push({ item, score, highlights: [...highlights].sort((a, b) => a - b), order });
  });
  out.sort((a, b) => b.score - a.score || a.order - b.order);
  return out.map(({ item, score, highlights }) => ({ item, score, highlights }));
}

/** The label cut into runs of matched and unmatched characters, for <mark>. */
export function highlightRuns(label: string, highlights: readonly number[]): { text: string; hit: boolean }[] {
  const hits = new Set(highlights);
  const runs: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < label.length; i++) {
    const hit = hits.has(i);
    const last = runs[runs.length - 1];
    if (last && last.hit === hit) last.text += label[i];
    else runs.push({ text: label[i]!, hit });
  }
  return runs;
}
