// Skills and tools named in a CV or a job ad, resolved to the graph's concepts (one per real-world skill,
// across sources). Every label and alias of every skill, tool and practice is a phrase of one automaton
// (automaton.ts); a match counts when it is not inside a negated or boilerplate sentence (context.ts), and
// ambiguous words ("go", "react", "chef") only when written as the label writes them.
import { longestNonOverlapping, PhraseAutomaton, type PhraseMatch } from './automaton.js';
import { clauseSpans, excludedRanges, inside, type Span } from './context.js';
import { COMMON_WORDS } from './commonWords.js';
import { isProperName, labelKeys, type LabelForm } from '../linking/labels.js';
import { tokenize, words, type Token } from './tokens.js';
import { TypoIndex } from './typos.js';
import { bagOf, lemma, WordingIndex } from './wording.js';

export type ConceptKind = 'skill' | 'tool' | 'practice';
export type MatchedBy = 'label' | 'alias' | 'typo' | 'wording' | 'semantic';

export interface PhraseNode {
  kind: ConceptKind;
  id: string;
  name: string;
  aliases: readonly string[];
  origin: string;
  /** Roles requiring or using it (a node no role uses is a weaker answer). */
  roles: number;
}

interface Phrase {
  node: PhraseNode;
  by: MatchedBy;
  /** How the label is written, for words that are also plain English. */
  written: string;
  /** A single word that counts only when the text writes it as `written` (ambiguous or derived words). */
  exactCase: boolean;
  /**
   * Words of a form derived from a product's name ("Relational Database" of "Oracle Relational Database",
   * "Self-Service" of "Ascentis Employee Self-Service") that count only when the text capitalises them as
   * the name does: in lower case they are the everyday words, not the product.
   */
  capitalised?: boolean;
  /** A label written in the plural ("securities") that the singular ("security") does not name. */
  plural?: boolean;
  /**
   * A product's name without its vendor, also an everyday word or an acronym ("Windows", "JIRA"): counts
   * written as the name writes it (an acronym also capitalised: "Jira"), neither first in its sentence nor
   * in a title, where every word may be capitalised.
   */
  proper?: boolean;
  rank: number;
}

export interface Mention {
  node: PhraseNode;
  by: MatchedBy;
  text: string;
  start: number;
  end: number;
}

export interface Extracted {
  /** The concept (the analytics' concept index, or -1 for a node outside it). */
  concept: number;
  /** The node that names the concept in the text (the first mention's). */
  node: PhraseNode;
  by: MatchedBy;
  confidence: number;
  mentions: Mention[];
}

/**
 * The least cosine between a clause and a concept that makes the concept one the text speaks of: chosen on
 * the labelled texts (docs/quality.md: 0.65 adds as many wrong skills as right ones, 0.8 almost none of either).
 */
export const SEMANTIC_MIN = 0.75;

const ORIGIN_RANK: Record<string, number> = { curated: 0, api: 1, onet: 2, esco: 3 };

/**
 * Who owns a phrase several nodes share: a name before a form derived from it (O*NET's "Microsoft
 * PowerShell" is written "PowerShell") before an alias, a used node, curated before O*NET before ESCO.
 */
function rankOf(node: PhraseNode, form: LabelForm): number {
  // A product named without its vendor ("Active Directory") before a category named without "software".
  const formRank = form === 'name' || form === 'unqualified' ? 0 : form === 'alias' ? 16 : form === 'unvendored' ? 6 : 8;
  return formRank + (node.roles > 0 ? 0 : 4) + (ORIGIN_RANK[node.origin] ?? 3);
}

/** A single word that is also everyday English must be written as its label writes it ("Go", not "go"; "AWS" as "AWS"). */
function acceptsCase(p: Phrase, raw: string): boolean {
  return raw === p.written || (raw.length > 1 && raw === raw.toUpperCase() && p.written === p.written.toUpperCase() && raw === p.written.toUpperCase());
}

const isAmbiguous = (word: string) => word.length <= 2 || COMMON_WORDS.has(word);

/**
 * A single word derived from a longer name ("Microsoft PowerShell" → "PowerShell", "Amazon Simple Storage
 * Service S3" → "S3") stands for that product only when it looks like a product name: capitals inside
 * (PowerShell, macOS, GitHub), digits or symbols (S3, C++), or an acronym of three letters or more (JIRA).
 * "Intuit QuickBooks Payments" must not make "Payments" a tool.
 */
function distinctive(word: string): boolean {
  return /[A-Z]/.test(word.slice(1)) && word !== word.toUpperCase() ? true : /[\d+#.]/.test(word) || (word.length >= 3 && word === word.toUpperCase() && /[A-Z]/.test(word));
}

/**
 * A proper name written inside running text: as `written` ("Windows"), or an acronym capitalised ("Jira" for
 * "JIRA"), not first in its sentence, line or list item, and not in a line whose every longer word is capitalised (a title).
 */
export function asProperName(written: string, text: string, tokens: readonly Token[], at: number): boolean {
  const raw = tokens[at].raw;
  const acronym = written === written.toUpperCase();
  if (!(raw === written || (acronym && raw === raw[0].toUpperCase() + raw.slice(1).toLowerCase() && raw.toUpperCase() === written))) return false;
  if (at === 0 || /[.!?;•*|(\n\-–—]\s*$/.test(text.slice(Math.max(0, tokens[at].start - 4), tokens[at].start)) || tokens[at].start === 0) return false;
  const lineStart = text.lastIndexOf('\n', tokens[at].start) + 1;
  const lineEnd = text.indexOf('\n', tokens[at].start);
  const line = tokenize(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)).filter((t) => t.raw.length > 3);
  return line.some((t) => !/^\p{Lu}/u.test(t.raw));
}

/**
 * The token at `at` has a tool already taken next to it in a list: only a comma, "+", "/", "&", "and" or "or"
 * between them ("node js + react", "Python, go and react").
 */
export function listedWith(text: string, tokens: readonly Token[], at: number, toolAt: ReadonlySet<number>): boolean {
  const conjunction = (i: number) => tokens[i]?.norm === 'and' || tokens[i]?.norm === 'or';
  const between = (a: number, b: number) => /^\s*(?:[,+/&|]\s*)?(?:(?:and|or)\s+)?$/i.test(text.slice(tokens[a].end, tokens[b].start));
  const before = conjunction(at - 1) ? at - 2 : at - 1;
  const after = conjunction(at + 1) ? at + 2 : at + 1;
  return (before >= 0 && toolAt.has(before) && between(before, at)) || (after < tokens.length && toolAt.has(after) && between(at, after));
}

/** Nouns that end a job title ("Platform Engineer", "Developer Experience Engineer", "QA Analyst"). */
const ROLE_NOUNS = new Set(['engineer', 'developer', 'manager', 'analyst', 'administrator', 'architect', 'specialist', 'consultant', 'tester', 'scientist', 'designer', 'advocate', 'officer', 'technician', 'programmer']);

/**
 * A mention that is part of a job title (it ends with, or is followed by, a role noun: "Senior Platform
 * Engineer", "Developer Experience Engineer"): the title names the job, and matchRoles reads it as such,
 * not a skill the text claims or asks for. Tools keep theirs ("Java Developer" says Java).
 */
export function inTitle(tokens: readonly Token[], from: number, to: number): boolean {
  const isRole = (i: number) => i < tokens.length && ROLE_NOUNS.has(tokens[i].norm);
  return isRole(to - 1) || isRole(to);
}

/** Every word the label capitalises is capitalised in the text too (the words of the match, in order). */
function keepsCapitals(written: string, raw: readonly string[]): boolean {
  const label = tokenize(written);
  return label.length === raw.length && label.every((t, i) => !/^\p{Lu}/u.test(t.raw) || /^\p{Lu}/u.test(raw[i]));
}

function confidenceOf(by: MatchedBy, node: PhraseNode, length: number): number {
  let c = by === 'label' ? 0.95 : by === 'typo' || by === 'wording' ? 0.7 : node.origin === 'esco' ? 0.75 : 0.85;
  if (length === 1 && node.origin === 'esco') c -= 0.1;
  if (node.roles === 0) c -= 0.15;
  return Math.max(0.1, Math.round(c * 100) / 100);
}

export class SkillExtractor {
  private readonly automaton = new PhraseAutomaton<Phrase>();
  /** Single-word names of the curated tools, for words written with one typo. */
  private readonly typos = new TypoIndex<Phrase>();
  /** Skills and practices by the lemmas of their labels' content words (wording.ts). */
  private readonly wording = new WordingIndex<Phrase>();

  constructor(nodes: readonly PhraseNode[], private readonly conceptOf: (id: string) => number = () => -1, steps?: { run: Generator<void, void, void> }) {
    const run = this.construct(nodes);
    if (steps) steps.run = run;
    else for (const _ of run) { /* run to the end */ }
  }

  /**
   * Builds the extractor of a whole graph (tens of thousands of nodes: seconds of work) in slices of at most
   * `sliceMs`, handing the event loop back between them, so requests and health checks keep being answered.
   */
  static async build(nodes: readonly PhraseNode[], conceptOf: (id: string) => number, sliceMs = 10): Promise<SkillExtractor> {
    const steps = { run: undefined as unknown as Generator<void, void, void> };
    const x = new SkillExtractor(nodes, conceptOf, steps);
    for (;;) {
      const until = performance.now() + sliceMs;
      let r = steps.run.next();
      while (!r.done && performance.now() < until) r = steps.run.next();
      if (r.done) return x;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private *construct(nodes: readonly PhraseNode[]): Generator<void, void, void> {
    // Several nodes may offer one phrase: the automaton keeps the best-ranked (no map of phrases of our own:
    // at the full graph's size it held ~100,000 joined keys while the trie was built). Single words of
    // curated tools may also be written with a typo; which node owns each is known once all are offered.
    const better = (p: Phrase, had: Phrase) => p.rank < had.rank || (p.rank === had.rank && p.node.id < had.node.id);
    const typoCandidates = new Set<string>();
    const offer = (label: string, node: PhraseNode, form: LabelForm) => {
      const ws = words(label);
      const plain = label.trim().toLowerCase();
      if (ws.length === 0 || ws.join(' ').length < 2 || ws.length > 12) return;
      const by: MatchedBy = form === 'alias' ? 'alias' : 'label';
      const single = ws.length === 1;
      const derived = form !== 'name' && form !== 'unqualified' && form !== 'alias';
      // A category of software without its kind ("Test automation software" → "test automation", "e-commerce
      // systems" → "e-commerce") names the activity or the domain, not the software (data/quality's rule 2).
      if (form === 'unsuffixed' && !isProperName(node.name)) return;
      // A single word left at the end of a product name ("Comcash ERP", "SEA.AI Offshore ONE") names nothing.
      if (single && form === 'tail') return;
      // One everyday word as an alias or a derived form (ESCO lists "react quickly" under "think quickly";
      // "Microsoft Office" would leave "Office") is never evidence; other derived words must look like names.
      // A product's name without its vendor ("Windows" of "Microsoft Windows", "JIRA" of "Atlassian JIRA")
      // counts as a proper name: capitalised as the name writes it ("Jira" too), inside a sentence.
      const written = label.trim();
      const acronym = written.length >= 2 && written === written.toUpperCase() && /[A-Z]/.test(written);
      const proper = single && form === 'unvendored' && node.kind === 'tool' && /^\p{Lu}/u.test(written) && plain.length >= 4 && (acronym || isAmbiguous(plain) || !distinctive(written));
      if (!proper && single && (form === 'alias' || derived) && isAmbiguous(plain)) return;
      if (!proper && single && derived && !distinctive(label.trim())) return;
      // Nor is one everyday word naming an imported skill (O*NET "Writing", ESCO "communication"): the
      // curated vocabulary and tool names ("Automation", "Go") keep theirs, written as they write it.
      if (single && isAmbiguous(plain) && node.origin !== 'curated' && node.origin !== 'api' && node.kind !== 'tool') return;
      // Ambiguous words of tools ("Go", "Chef"), derived words and acronyms ("REST", "GDS") count only as written;
      // the curated vocabulary of skills and practices ("Monitoring", "Automation") in any case.
      const exactCase = single && (proper || derived || acronym || (isAmbiguous(plain) && (node.kind === 'tool' || (node.origin !== 'curated' && node.origin !== 'api'))));
      const capitalised = !single && (form === 'unvendored' || form === 'unsuffixed' || form === 'tail') && isProperName(node.name);
      const plural = single && !exactCase && node.kind !== 'tool' && plain !== ws[0] && /^\p{L}+$/u.test(plain);
      this.automaton.add(ws, { node, by, written, exactCase, capitalised, plural, proper, rank: rankOf(node, form) }, better);
      // Skills and practices some role asks for are also known by their words in other forms and orders.
      // Names only, and the curated aliases: ESCO's and O*NET's alternative labels are loose (ESCO lists "use
      // loader" and "utilise evidence" as other names of skills) and their words, reordered, looser still.
      if (node.kind !== 'tool' && node.roles > 0 && (form === 'name' || form === 'unqualified' || (form === 'alias' && (node.origin === 'curated' || node.origin === 'api')))) {
        const bag = bagOf(tokenize(written));
        if (bag) this.wording.add(bag, { node, by: 'wording', written, exactCase: false, rank: rankOf(node, form) }, better);
      }
      if (single && /^[a-z]+$/.test(ws[0])) typoCandidates.add(ws[0]);
    };
    let done = 0;
    for (const n of nodes) {
      if (++done % 200 === 0) yield;
      // ESCO uses alternative labels as lists of instances ("computer programming": Bash, Lua): only
      // its multi-word aliases are names of the skill itself.
      const aliases = n.origin === 'esco' ? n.aliases.filter((a) => words(a).length > 1) : n.aliases;
      for (const k of labelKeys(n.name, aliases)) {
        if (k.form === 'stems') continue;
        offer(k.text, n, k.form);
        // "Node.js" is also written "node js" and "nodejs".
        if (/\w\.\w/.test(k.text)) {
          offer(k.text.replace(/(\w)\.(\w)/g, '$1 $2'), n, k.form);
          offer(k.text.replace(/(\w)\.(\w)/g, '$1$2'), n, k.form);
        }
      }
    }
    yield* this.automaton.buildSteps();
    this.wording.build();
    // Typos only for the curated tools: O*NET's eight thousand product names are too close to English
    // ("eQuest" is one letter from "request").
    for (const w of typoCandidates) {
      const phrase = this.automaton.get([w])!;
      if (phrase.by === 'label' && phrase.node.kind === 'tool' && (phrase.node.origin === 'curated' || phrase.node.origin === 'api') && !phrase.exactCase) this.typos.add(w, phrase);
    }
  }

  /** Every skill, tool and practice the text names (one entry per concept, strongest first), with its mentions. */
  extract(input: string): Extracted[] {
    return this.read(input).found;
  }

  /**
   * What extract() finds, with the text it was found in (NFKC-normalised: spans index it) and the clauses
   * worth embedding for semantic matching: those that name nothing the phrases found (one that names Kafka
   * says what it says through Kafka), in the sentences that state a skill.
   */
  read(input: string): { text: string; found: Extracted[]; unnamed: Span[] } {
    const text = input.normalize('NFKC');
    const excluded: Span[] = excludedRanges(text);
    const found = this.phrases(text, excluded);
    const named = found.flatMap((e) => e.mentions);
    const unnamed = clauses(text, excluded).filter((c) => !named.some((m) => m.start < c.end && m.end > c.start));
    return { text, found, unnamed };
  }

  private phrases(text: string, excluded: readonly Span[]): Extracted[] {
    const tokens = tokenize(text);
    const exact = longestNonOverlapping(this.automaton.matchAll(tokens.map((t) => t.norm)));
    // Words no phrase covers may be a tool's name with one typo.
    const covered = new Set(exact.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
    const typos = tokens.flatMap((t, i) => {
      if (covered.has(i) || isAmbiguous(t.norm)) return [];
      const hit = this.typos.find(t.norm);
      return hit ? [{ from: i, to: i + 1, value: { ...hit.value, by: 'typo' as const } }] : [];
    });
    const matches = [...exact, ...typos, ...this.reworded(text, tokens, exact)].sort((a, b) => a.from - b.from);
    const byConcept = new Map<string, Extracted>();
    const take = (m: PhraseMatch<Phrase>) => {
      const first = tokens[m.from];
      const last = tokens[m.to - 1];
      const p = m.value;
      const concept = this.conceptOf(p.node.id);
      const key = concept >= 0 ? `c${concept}` : `n${p.node.id}`;
      const mention: Mention = { node: p.node, by: p.by, text: text.slice(first.start, last.end), start: first.start, end: last.end };
      const confidence = confidenceOf(p.by, p.node, m.to - m.from);
      const had = byConcept.get(key);
      if (!had) byConcept.set(key, { concept, node: p.node, by: p.by, confidence, mentions: [mention] });
      else {
        had.mentions.push(mention);
        if (confidence > had.confidence) Object.assign(had, { node: p.node, by: p.by, confidence });
      }
    };
    // Tokens of the tools taken, and tools refused only for their case, which a list of tools may take after all.
    const toolAt = new Set<number>();
    const miscased: PhraseMatch<Phrase>[] = [];
    for (const m of matches) {
      const first = tokens[m.from];
      const p = m.value;
      if (inside(excluded, first.start)) continue;
      if (p.proper ? !asProperName(p.written, text, tokens, m.from) : p.exactCase && !acceptsCase(p, first.raw)) {
        if (p.node.kind === 'tool' && !p.proper) miscased.push(m);
        continue;
      }
      if (p.plural && p.by !== 'typo' && first.raw.toLowerCase() !== p.written.toLowerCase()) continue;
      if (p.capitalised && !keepsCapitals(p.written, tokens.slice(m.from, m.to).map((t) => t.raw))) continue;
      if (p.node.kind !== 'tool' && inTitle(tokens, m.from, m.to)) continue;
      if (p.node.kind === 'tool') for (let i = m.from; i < m.to; i++) toolAt.add(i);
      take(m);
    }
    // "node js + react + postgres": an everyday word in a list of tools names a tool, whatever its case.
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of miscased) {
        if (toolAt.has(m.from) || !listedWith(text, tokens, m.from, toolAt)) continue;
        toolAt.add(m.from);
        take(m);
        grew = true;
      }
    }
    // More mentions, then higher confidence, then first seen.
    return [...byConcept.values()].sort((a, b) => b.mentions.length - a.mentions.length || b.confidence - a.confidence || a.mentions[0].start - b.mentions[0].start);
  }

  /**
   * Skills named in other words, clause by clause (wording.ts; a comma, a colon or a dash ends a clause): not those whose words all lie inside
   * one phrase the text names as written ("unit testing framework" names a tool, not a rewording).
   */
  private reworded(text: string, tokens: readonly Token[], exact: readonly PhraseMatch<Phrase>[]): PhraseMatch<Phrase>[] {
    if (this.wording.size === 0) return [];
    const lemmas = tokens.map((t) => lemma(t.norm));
    const out: PhraseMatch<Phrase>[] = [];
    let i = 0;
    for (const s of clauseSpans(text)) {
      while (i < tokens.length && tokens[i].start < s.start) i++;
      let j = i;
      while (j < tokens.length && tokens[j].start < s.end) j++;
      for (const m of this.wording.find(lemmas, i, j)) {
        if (exact.some((e) => e.from <= m.at[0] && m.at[m.at.length - 1] < e.to)) continue;
        out.push({ from: m.from, to: m.to, value: m.value });
      }
      i = j;
    }
    return out;
  }

  get size(): number {
    return this.automaton.states;
  }
}

/** The clauses of a text (split at commas, semicolons, colons and brackets), two to fourteen words each, markdown stripped, outside the excluded ranges. */
function clauses(text: string, excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n,;:()[\]•|]+/g)) {
    const lead = /^[\s*#>\-–—\d.]*/.exec(m[0])![0].length;
    const body = m[0].slice(lead).replace(/[\s*.!?]+$/, '');
    const start = m.index + lead;
    const n = tokenize(body).length;
    if (n < 2 || n > 14 || inside(excluded, start)) continue;
    out.push({ start, end: start + body.length });
  }
  return out;
}
