// One typo in a product name ("kubernets", "terrafrom", "postgress"): a symmetric-deletion index (the
// SymSpell idea) over the single-word names of tools, so a word of the text is checked against every such
// name in a handful of map lookups instead of a scan.
export class TypoIndex<T> {
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly values = new Map<string, T>();

  /** Only words long enough that one edit does not make them another word. */
  static readonly MIN_LENGTH = 6;

  add(word: string, value: T): void {
    if (word.length < TypoIndex.MIN_LENGTH || this.values.has(word)) return;
    this.values.set(word, value);
    for (const d of [word, ...deletions(word)]) {
      let set = this.byDeletion.get(d);
      if (!set) this.byDeletion.set(d, (set = new Set()));
      set.add(word);
    }
  }

  /** The one indexed word within one edit (insertion, deletion, substitution, transposition), or undefined when none or several are. */
  find(word: string): { word: string; value: T } | undefined {
    if (word.length < TypoIndex.MIN_LENGTH || this.values.has(word)) return undefined;
    const found = new Set<string>();
    for (const d of [word, ...deletions(word)]) for (const w of this.byDeletion.get(d) ?? []) if (withinOneEdit(word, w)) found.add(w);
    // A typo rarely hits the first letter; "packet" is not "Racket".
    for (const w of found) if (w[0] !== word[0]) found.delete(w);
    if (found.size !== 1) return undefined;
    const [w] = found;
    return { word: w, value: this.values.get(w)! };
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau distance ≤ 1 (one insertion, deletion, substitution or adjacent transposition). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
