// A skill named in other words than its label's: ESCO writes skills as verb phrases ("develop software
// prototypes", "conduct ICT code review", "perform backups") and the curated vocabulary as noun compounds
// ("API Design", "Unit Testing"), while people write "built prototypes", "code review on GitHub", "nightly
// backups", "designing APIs", "unit tests". A label is reduced to the set of its content words' lemmas (a
// "bag": light verbs such as perform/conduct/use and the qualifiers ICT/software dropped, inflection and a few
// verbs of building folded together), and a sentence names the skill when all of them occur close together.
// Pure: no I/O, no model.
import { COMMON_WORDS } from './commonWords.js';
import type { Token } from './tokens.js';

/** Words that carry no meaning of their own in a label. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'your', 'their', 'its', 'own', 'other', 'others', 'e.g', 'etc']);
/** Prepositions: a label holding one between its words ("Backend-for-Frontend", "speak about your work in public") is recognised only in its order. */
const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'to', 'with', 'as', 'by', 'at', 'from', 'into', 'about']);
/** Verbs that open a label only to say a skill is exercised ("perform backups" is backups). */
const LIGHT_VERBS = new Set(['use', 'apply', 'perform', 'conduct', 'undertake', 'utilise', 'utilize', 'employ', 'execute']);
/** Qualifiers ESCO adds to many labels that people leave out ("ICT code review", "software prototypes"). */
const QUALIFIERS = new Set(['ict', 'software']);
/** Irregular past forms of verbs that open skill labels. */
const IRREGULAR: Record<string, string> = { built: 'build', wrote: 'write', written: 'write', ran: 'run', led: 'lead', made: 'make', taught: 'teach', spoke: 'speak', spoken: 'speak', drew: 'draw', drawn: 'draw', thought: 'think', sold: 'sell', kept: 'keep', found: 'find' };
/** Verbs of making software that labels and people use for each other ("develop prototypes", "built prototypes"). */
const SAME_VERB: Record<string, string> = { build: 'develop', implement: 'develop' };
/**
 * Endings of inflection and of nouns made from verbs, longest first ("optimization" and "optimize",
 * "management" and "manage", "testing" and "test"); not agent nouns: a "developer" is a role, not
 * "development", a "tester" not "testing".
 */
const ENDINGS: [string, string][] = [['ization', 'iz'], ['isation', 'iz'], ['ation', 'at'], ['ment', ''], ['ing', ''], ['ied', 'y'], ['ed', ''], ['ise', 'iz'], ['ize', 'iz']];

/**
 * The lemma a word is compared in, for labels and texts alike: "Designing" and "design", "backups" and
 * "backup", "built" and "develop". `verb: false` for a label's words after its first, which are not its
 * verb ("design buildings" is not "design and build").
 */
export function lemma(norm: string, verb = true): string {
  let w = IRREGULAR[norm] ?? norm;
  if (/^\p{L}+$/u.test(w)) {
    for (const [ending, by] of ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= 3) {
        w = w.slice(0, -ending.length) + by;
        break;
      }
    }
    // "planning" → "plann" → "plan"; "create" and "creat(ing)" meet without the e.
    if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ss|ll)$/.test(w)) w = w.slice(0, -1);
    if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return verb ? (SAME_VERB[w] ?? w) : w;
}

/**
 * The bag of a label: its distinct lemmas, sorted, or in the label's order when a preposition joins them
 * (then marked by a leading ">"), as one key; or null when the label cannot be recognised by its words:
 * fewer than two content words, unless the label opens with a light verb and the one word left is specific
 * ("perform backups" → backup; not "use databases"), or more than four.
 */
export function bagOf(labelTokens: readonly Token[]): string | null {
  const light = labelTokens.length > 0 && LIGHT_VERBS.has(labelTokens[0].norm);
  const content: string[] = [];
  let ordered = false;
  labelTokens.forEach((t, i) => {
    if (i === 0 && light) return;
    if (PREPOSITIONS.has(t.norm)) ordered ||= content.length > 0 && i < labelTokens.length - 1;
    else if (!FUNCTION_WORDS.has(t.norm) && !QUALIFIERS.has(t.norm)) content.push(t.norm);
  });
  const lemmas = [...new Set(content.map((w, i) => lemma(w, i === 0)))];
  if (lemmas.length > 4 || lemmas.length === 0) return null;
  if (lemmas.length === 1) return light && content[0].length >= 5 && !COMMON_WORDS.has(content[0]) ? lemmas[0] : null;
  return ordered ? `>${lemmas.join(' ')}` : lemmas.sort().join(' ');
}

export interface BagMatch<T> {
  /** First and one-past-last token of the words found. */
  from: number;
  to: number;
  /** The tokens that carry the bag's lemmas. */
  at: number[];
  value: T;
}

/** Extra tokens a bag's words may be spread over ("designing the APIs": one word between). */
export const SLACK = 1;

export class WordingIndex<T> {
  /** Bags by their lemmas joined with spaces (the key is all that is kept of them: ~50,000 bags at full size). */
  private readonly bags = new Map<string, T>();
  /** Each bag under its rarest lemma, so a sentence checks only the bags its rarest word could complete. */
  private byLemma = new Map<string, string[]>();
  private built = false;

  /** Adds a bag (a key of bagOf); one added twice keeps the first value, or the one `prefer(later, kept)` chooses. */
  add(key: string, value: T, prefer?: (candidate: T, kept: T) => boolean): void {
    if (this.built) throw new Error('WordingIndex: add() after build()');
    const had = this.bags.get(key);
    if (had === undefined || prefer?.(value, had)) this.bags.set(key, value);
  }

  build(): this {
    const frequency = new Map<string, number>();
    for (const key of this.bags.keys()) for (const l of lemmasOf(key)) frequency.set(l, (frequency.get(l) ?? 0) + 1);
    for (const key of this.bags.keys()) {
      const lemmas = lemmasOf(key);
      const rarest = lemmas.reduce((a, b) => (frequency.get(b)! < frequency.get(a)! ? b : a));
      let list = this.byLemma.get(rarest);
      if (!list) this.byLemma.set(rarest, (list = []));
      list.push(key);
    }
    this.built = true;
    return this;
  }

  get size(): number {
    return this.bags.size;
  }

  /**
   * The bags whose every lemma occurs in the span of tokens [from, to) (one sentence), each word on its own
   * token, all within the bag's size plus SLACK tokens (the tightest such window). A bag whose words lie inside
   * another match's words is left out (the larger phrase says more).
   */
  find(lemmas: readonly string[], from: number, to: number): BagMatch<T>[] {
    if (!this.built) this.build();
    const positions = new Map<string, number[]>();
    for (let i = from; i < to; i++) {
      let list = positions.get(lemmas[i]);
      if (!list) positions.set(lemmas[i], (list = []));
      list.push(i);
    }
    const found: BagMatch<T>[] = [];
    for (const l of positions.keys()) {
      for (const key of this.byLemma.get(l) ?? []) {
        const bag = lemmasOf(key);
        if (!bag.every((x) => positions.has(x))) continue;
        const window = tightest(bag.map((x) => positions.get(x)!), key.startsWith('>'));
        if (window && window.to - window.from <= bag.length + SLACK) found.push({ ...window, value: this.bags.get(key)! });
      }
    }
    found.sort((a, b) => b.at.length - a.at.length || a.from - b.from);
    const kept: BagMatch<T>[] = [];
    for (const m of found) if (!kept.some((k) => m.at.every((i) => k.at.includes(i)))) kept.push(m);
    return kept.sort((a, b) => a.from - b.from);
  }
}

const lemmasOf = (key: string) => (key.startsWith('>') ? key.slice(1) : key).split(' ');

/** The shortest window holding one position of each list, in the lists' order when `ordered` (lists of a few positions: tried exhaustively). */
function tightest(lists: readonly number[][], ordered: boolean): { from: number; to: number; at: number[] } | null {
  let best: { from: number; to: number; at: number[] } | null = null;
  const pick: number[] = [];
  const walk = (k: number) => {
    if (k === lists.length) {
      if (new Set(pick).size !== pick.length) return;
      if (ordered && pick.some((p, i) => i > 0 && p < pick[i - 1])) return;
      const from = Math.min(...pick);
      const to = Math.max(...pick) + 1;
      if (!best || to - from < best.to - best.from) best = { from, to, at: [...pick].sort((a, b) => a - b) };
      return;
    }
    for (const p of lists[k].slice(0, 8)) {
      pick.push(p);
      walk(k + 1);
      pick.pop();
    }
  };
  walk(0);
  return best;
}
