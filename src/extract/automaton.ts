// A word-level Aho-Corasick automaton: every label and alias of the graph (tens of thousands of phrases of
// one to a dozen words) matched against a text in one pass, whatever their number. Word-level rather than
// character-level (what the npm automata do) because matches must start and end on word boundaries and
// report token positions, which a character automaton would need a second pass to enforce.
export interface PhraseMatch<T> {
  /** First and one-past-last token of the match. */
  from: number;
  to: number;
  value: T;
}

export class PhraseAutomaton<T> {
  /** Transitions of the trie while it is built: `${state}\u0000${word}` → state. */
  private next = new Map<string, number>();
  /** Every word of every phrase, as a small integer. */
  private readonly wordIds = new Map<string, number>();
  /**
   * Transitions once built, compact (a string-keyed map costs ~100 bytes a transition and the graph's
   * labels make ~270,000): the children of state s are childWord/childTarget[childStart[s] .. childStart[s+1]),
   * sorted by word id.
   */
  private childStart = new Int32Array(0);
  private childWord = new Int32Array(0);
  private childTarget = new Int32Array(0);
  private readonly fail: number[] = [0];
  /** The phrase ending at a state, with its length in words. */
  private readonly out: ({ value: T; length: number } | undefined)[] = [undefined];
  /** The nearest state on the failure chain that ends a phrase (-1 when none). */
  private readonly dict: number[] = [-1];
  private built = false;

  /** Adds a phrase; a phrase added twice keeps the first value. */
  add(phrase: readonly string[], value: T): void {
    if (this.built) throw new Error('PhraseAutomaton: add() after build()');
    if (phrase.length === 0) return;
    let s = 0;
    for (const w of phrase) {
      if (!this.wordIds.has(w)) this.wordIds.set(w, this.wordIds.size);
      const key = `${s}\u0000${w}`;
      let t = this.next.get(key);
      if (t === undefined) {
        t = this.fail.length;
        this.next.set(key, t);
        this.fail.push(0);
        this.out.push(undefined);
        this.dict.push(-1);
        this.children(s).push([w, t]);
      }
      s = t;
    }
    this.out[s] ??= { value, length: phrase.length };
  }

  private readonly edges = new Map<number, [string, number][]>();
  private children(s: number): [string, number][] {
    let list = this.edges.get(s);
    if (!list) this.edges.set(s, (list = []));
    return list;
  }

  private step(s: number, w: string): number {
    if (this.built) return this.stepBuilt(s, this.wordIds.get(w));
    for (;;) {
      const t = this.next.get(`${s}\u0000${w}`);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = this.fail[s];
    }
  }

  /** step() on the compact transitions; a word no phrase holds leads back to the root. */
  private stepBuilt(s: number, word: number | undefined): number {
    if (word === undefined) return 0;
    for (;;) {
      let lo = this.childStart[s];
      let hi = this.childStart[s + 1] - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const w = this.childWord[mid];
        if (w === word) return this.childTarget[mid];
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
      }
      if (s === 0) return 0;
      s = this.fail[s];
    }
  }

  /** Moves the transitions into the compact arrays and drops the build-time maps. */
  private compact(): void {
    const states = this.fail.length;
    this.childStart = new Int32Array(states + 1);
    this.childWord = new Int32Array(this.next.size);
    this.childTarget = new Int32Array(this.next.size);
    let at = 0;
    for (let s = 0; s < states; s++) {
      this.childStart[s] = at;
      const kids = (this.edges.get(s) ?? []).map(([w, t]) => [this.wordIds.get(w)!, t] as const).sort((a, b) => a[0] - b[0]);
      for (const [w, t] of kids) {
        this.childWord[at] = w;
        this.childTarget[at++] = t;
      }
    }
    this.childStart[states] = at;
    this.next = new Map();
    this.edges.clear();
  }

  /** Computes failure and dictionary links breadth-first; call once after the last add(). */
  build(): this {
    for (const _ of this.buildSteps()) { /* run to the end */ }
    return this;
  }

  /** build() in steps: yields every `every` states, so a caller can hand the event loop back in between. */
  *buildSteps(every = 5_000): Generator<void, void, void> {
    const queue: number[] = [];
    for (const [, t] of this.children(0)) queue.push(t);
    for (let head = 0; head < queue.length; head++) {
      if (head % every === every - 1) yield;
      const s = queue[head];
      for (const [w, t] of this.children(s)) {
        const f = this.step(this.fail[s], w);
        this.fail[t] = f === t ? 0 : f;
        this.dict[t] = this.out[this.fail[t]] ? this.fail[t] : this.dict[this.fail[t]];
        queue.push(t);
      }
    }
    this.compact();
    this.built = true;
  }

  /** Every occurrence of every phrase in the word sequence, overlapping ones included. */
  matchAll(words: readonly string[]): PhraseMatch<T>[] {
    if (!this.built) this.build();
    const found: PhraseMatch<T>[] = [];
    let s = 0;
    words.forEach((w, i) => {
      s = this.step(s, w);
      for (let t = this.out[s] ? s : this.dict[s]; t > 0; t = this.dict[t]) {
        const o = this.out[t]!;
        found.push({ from: i + 1 - o.length, to: i + 1, value: o.value });
      }
    });
    return found;
  }

  get states(): number {
    return this.fail.length;
  }
}

/** Leftmost-longest matches that do not overlap (what a reader would underline). */
export function longestNonOverlapping<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: PhraseMatch<T>[] = [];
  let end = 0;
  for (const m of sorted) {
    if (m.from < end) continue;
    kept.push(m);
    end = m.to;
  }
  return kept;
}
