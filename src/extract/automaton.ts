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

/** Children of one state beyond which adding looks them up in a map rather than along their list. */
const MANY_CHILDREN = 16;

export class PhraseAutomaton<T> {
  /** Every word of every phrase, as a small integer. */
  private readonly wordIds = new Map<string, number>();
  /**
   * The trie while it is built, in growable typed arrays (string-keyed maps cost ~100 bytes a transition, and
   * the graph's labels make ~270,000): state t is reached by word edgeWord[t]; the children of a state are a
   * list through firstChild/nextSibling, and also in a map once there are more than MANY_CHILDREN of them (the
   * root's, one per distinct first word; "Microsoft …"), so adding stays linear in the phrases' words.
   */
  private edgeWord = new Int32Array(1024);
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024).fill(-1);
  private childCount = new Int32Array(1024);
  private manyChildren = new Map<number, Map<number, number>>([[0, new Map()]]);
  private count = 1;
  /**
   * Transitions once built, compact: the children of state s are childWord/childTarget[childStart[s] ..
   * childStart[s+1]), sorted by word id.
   */
  private childStart = new Int32Array(0);
  private childWord = new Int32Array(0);
  private childTarget = new Int32Array(0);
  private fail = new Int32Array(0);
  /** The phrase ending at a state, with its length in words. */
  private readonly out: ({ value: T; length: number } | undefined)[] = [undefined];
  /** The nearest state on the failure chain that ends a phrase (-1 when none). */
  private dict = new Int32Array(0);
  private built = false;

  /**
   * Adds a phrase. A phrase added twice keeps the first value, or the later one when `prefer(later, kept)`
   * says so (callers offering several owners of one phrase keep the best without a map of their own).
   */
  add(phrase: readonly string[], value: T, prefer?: (candidate: T, kept: T) => boolean): void {
    if (this.built) throw new Error('PhraseAutomaton: add() after build()');
    if (phrase.length === 0) return;
    let s = 0;
    for (const w of phrase) {
      let id = this.wordIds.get(w);
      if (id === undefined) this.wordIds.set(w, (id = this.wordIds.size));
      s = this.childWhileBuilding(s, id) ?? this.newState(s, id);
    }
    const had = this.out[s];
    if (!had) this.out[s] = { value, length: phrase.length };
    else if (prefer?.(value, had.value)) had.value = value;
  }

  private childWhileBuilding(s: number, word: number): number | undefined {
    const many = this.manyChildren.get(s);
    if (many) return many.get(word);
    for (let c = this.firstChild[s]; c >= 0; c = this.nextSibling[c]) if (this.edgeWord[c] === word) return c;
    return undefined;
  }

  private newState(parent: number, word: number): number {
    const t = this.count++;
    if (t >= this.edgeWord.length) {
      const grow = (a: Int32Array, fill: number) => {
        const b = new Int32Array(a.length * 2).fill(fill);
        b.set(a);
        return b;
      };
      this.edgeWord = grow(this.edgeWord, 0);
      this.firstChild = grow(this.firstChild, -1);
      this.nextSibling = grow(this.nextSibling, -1);
      this.childCount = grow(this.childCount, 0);
    }
    this.edgeWord[t] = word;
    this.nextSibling[t] = this.firstChild[parent];
    this.firstChild[parent] = t;
    const many = this.manyChildren.get(parent);
    if (many) many.set(word, t);
    else if (++this.childCount[parent] > MANY_CHILDREN) {
      const map = new Map<number, number>();
      for (let c = this.firstChild[parent]; c >= 0; c = this.nextSibling[c]) map.set(this.edgeWord[c], c);
      this.manyChildren.set(parent, map);
    }
    this.out.push(undefined);
    return t;
  }

  /** The child of state s by a word (binary search in the compact transitions), or -1. */
  private child(s: number, word: number): number {
    let lo = this.childStart[s];
    let hi = this.childStart[s + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.childWord[mid];
      if (w === word) return this.childTarget[mid];
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** One transition with failure links; a word no phrase holds leads back to the root. */
  private step(s: number, word: number | undefined): number {
    if (word === undefined) return 0;
    for (;;) {
      const t = this.child(s, word);
      if (t >= 0) return t;
      if (s === 0) return 0;
      s = this.fail[s];
    }
  }

  /** Moves the trie into the compact arrays and drops the build-time ones. */
  private *compact(every: number): Generator<void, void, void> {
    const states = this.count;
    this.childStart = new Int32Array(states + 1);
    this.childWord = new Int32Array(states - 1);
    this.childTarget = new Int32Array(states - 1);
    let at = 0;
    const kids: number[] = [];
    for (let s = 0; s < states; s++) {
      if (s % every === every - 1) yield;
      this.childStart[s] = at;
      kids.length = 0;
      for (let c = this.firstChild[s]; c >= 0; c = this.nextSibling[c]) kids.push(c);
      kids.sort((a, b) => this.edgeWord[a] - this.edgeWord[b]);
      for (const c of kids) {
        this.childWord[at] = this.edgeWord[c];
        this.childTarget[at++] = c;
      }
    }
    this.childStart[states] = at;
    this.edgeWord = this.firstChild = this.nextSibling = this.childCount = new Int32Array(0);
    this.manyChildren = new Map();
  }

  /** Computes failure and dictionary links breadth-first; call once after the last add(). */
  build(): this {
    for (const _ of this.buildSteps()) { /* run to the end */ }
    return this;
  }

  /** build() in steps: yields every `every` states, so a caller can hand the event loop back in between. */
  *buildSteps(every = 5_000): Generator<void, void, void> {
    if (this.built) return;
    yield* this.compact(every);
    const states = this.count;
    this.fail = new Int32Array(states);
    this.dict = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let k = this.childStart[0]; k < this.childStart[1]; k++) queue[tail++] = this.childTarget[k];
    for (let head = 0; head < tail; head++) {
      if (head % every === every - 1) yield;
      const s = queue[head];
      for (let k = this.childStart[s]; k < this.childStart[s + 1]; k++) {
        const t = this.childTarget[k];
        const f = this.step(this.fail[s], this.childWord[k]);
        this.fail[t] = f === t ? 0 : f;
        this.dict[t] = this.out[this.fail[t]] ? this.fail[t] : this.dict[this.fail[t]];
        queue[tail++] = t;
      }
    }
    this.built = true;
  }

  /** The value of exactly this phrase (after build()), or undefined. */
  get(phrase: readonly string[]): T | undefined {
    if (!this.built) this.build();
    let s = 0;
    for (const w of phrase) {
      const id = this.wordIds.get(w);
      s = id === undefined ? -1 : this.child(s, id);
      if (s < 0) return undefined;
    }
    return this.out[s]?.value;
  }

  /** Every occurrence of every phrase in the word sequence, overlapping ones included. */
  matchAll(words: readonly string[]): PhraseMatch<T>[] {
    if (!this.built) this.build();
    const found: PhraseMatch<T>[] = [];
    let s = 0;
    words.forEach((w, i) => {
      s = this.step(s, this.wordIds.get(w));
      for (let t = this.out[s] ? s : this.dict[s]; t > 0; t = this.dict[t]) {
        const o = this.out[t]!;
        found.push({ from: i + 1 - o.length, to: i + 1, value: o.value });
      }
    });
    return found;
  }

  get states(): number {
    return this.count;
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
