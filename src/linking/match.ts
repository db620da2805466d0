// Candidate SAME_AS pairs between concepts of different origins that share a name key (labels.ts), scored
// by how each side's key was derived, then gathered into clusters: one cluster per real-world skill or
// tool. Pure: concepts in, scored pairs and clusters out (unit-tested without a database).
import type { ConceptRecord } from './concepts.js';
import { FORM_SCORE, isProperName, labelKeys, type LabelForm } from './labels.js';

export type LinkMethod = LabelForm | 'reviewed' | 'embedding';

export interface LinkPair {
  a: string;
  b: string;
  method: LinkMethod;
  /** Confidence in [0, 1]. */
  score: number;
  /** The shared key, or for an embedding match the two names. */
  evidence: string;
}

/** Forms derived by stripping words: they stand for a product only when what is left is not plain vocabulary. */
const DERIVED: ReadonlySet<LabelForm> = new Set(['unsuffixed', 'unvendored', 'expansion', 'tail']);

/** Keys this short match only name to name, between proper names ("C", "R", "Go"). */
const SHORT_KEY = 2;

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9+#.]+/).filter((w) => w.length > 0);

/**
 * The words the taxonomies use as plain vocabulary: every word seen in lower case in a label or a
 * description. "Scripting software" stripped of "software" is the activity "scripting", not a product
 * named Scripting; "Docker" never appears in lower case.
 */
export function genericVocabulary(concepts: readonly ConceptRecord[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const c of concepts) {
    for (const text of [c.name, ...c.aliases, c.description]) {
      for (const w of text.split(/[^A-Za-z0-9+#.]+/)) if (/^[a-z][a-z0-9+#.]*$/.test(w)) vocabulary.add(w);
    }
  }
  return vocabulary;
}

function isVocabulary(text: string, vocabulary: ReadonlySet<string>): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.every((w) => vocabulary.has(w));
}

export interface Side {
  concept: ConceptRecord;
  form: LabelForm;
  /** The label text that produced the shared key. */
  text: string;
}

/** Two concepts of different origins sharing a name key. */
export interface Candidate {
  a: Side;
  b: Side;
  key: string;
}

/** Every cross-origin pair sharing a key, each pair once (in its strongest shared form). */
export function lexicalCandidates(concepts: readonly ConceptRecord[], vocabulary: ReadonlySet<string> = genericVocabulary(concepts)): Candidate[] {
  const byKey = new Map<string, Side[]>();
  for (const concept of concepts) {
    for (const { key, form, text } of labelKeys(concept.name, concept.aliases)) {
      if (DERIVED.has(form) && isVocabulary(text, vocabulary)) continue;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ concept, form, text });
    }
  }
  // A concept whose own name is known in another source ("Kali Linux") is that product, not a maker's
  // prefix on another one ("Linux"): its tail is not used.
  const named = new Set<string>();
  for (const all of byKey.values()) {
    const direct = all.filter((s) => s.form === 'name' || s.form === 'unqualified');
    if (new Set(direct.map((s) => s.concept.origin)).size > 1) for (const s of direct) named.add(s.concept.id);
  }
  const best = new Map<string, Candidate>();
  for (const [key, found] of byKey) {
    const all = found.filter((s) => s.form !== 'tail' || !named.has(s.concept.id));
    if (all.length < 2) continue;
    const sides = strongestPerOrigin(all);
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const [x, y] = sides[i].concept.id < sides[j].concept.id ? [sides[i], sides[j]] : [sides[j], sides[i]];
        if (x.concept.origin === y.concept.origin) continue;
        if (key.length <= SHORT_KEY && !shortKeyMatch(x, y)) continue;
        if (casingClash(x, y)) continue;
        const id = `${x.concept.id}\u0000${y.concept.id}`;
        const had = best.get(id);
        if (!had || lexScore(had) < FORM_SCORE[x.form] * FORM_SCORE[y.form]) best.set(id, { a: x, b: y, key });
      }
    }
  }
  return [...best.values()];
}

export const lexScore = (c: Candidate) => FORM_SCORE[c.a.form] * FORM_SCORE[c.b.form];

/**
 * Per origin, the sides holding the key in its strongest form; an origin where several concepts still tie
 * is ambiguous for this key and drops out.
 */
function strongestPerOrigin(sides: readonly Side[]): Side[] {
  const byOrigin = new Map<string, Side[]>();
  for (const s of sides) {
    const list = byOrigin.get(s.concept.origin);
    if (!list) byOrigin.set(s.concept.origin, [s]);
    else if (FORM_SCORE[s.form] > FORM_SCORE[list[0].form]) byOrigin.set(s.concept.origin, [s]);
    else if (FORM_SCORE[s.form] === FORM_SCORE[list[0].form]) list.push(s);
  }
  // A product written twice in one source ("Structured query language SQL" and "Structure query language
  // SQL", "Oracle Java" and "Sun Microsystems Java") meets the key only through derived forms: keep them all,
  // each is decided and clustered on its own. Tied plain names or aliases are a real ambiguity: drop them.
  const derived = (s: Side) => s.form === 'acronym' || s.form === 'expansion' || s.form === 'unvendored' || s.form === 'tail';
  return [...byOrigin.values()].filter((list) => list.length === 1 || list.every(derived)).flat();
}

/** "iOS" and "IOS" are two products: a camel-cased name only meets the same casing. */
function casingClash(x: Side, y: Side): boolean {
  const camel = (s: string) => /^[a-z]+[A-Z]/.test(s);
  const tx = x.text.trim();
  const ty = y.text.trim();
  return (camel(tx) || camel(ty)) && !tx.endsWith(ty) && !ty.endsWith(tx);
}

function shortKeyMatch(x: Side, y: Side): boolean {
  const direct = (s: Side) => s.form === 'name' || s.form === 'unqualified' || s.form === 'acronym';
  return direct(x) && direct(y) && isProperName(x.concept.name) && isProperName(y.concept.name);
}

/** An ESCO alternative label naming an instance of a generic skill ("Git" on "tools for software configuration management"). */
function instanceAlias(s: Side): boolean {
  return s.form === 'alias' && s.concept.origin === 'esco' && /^[a-z]/.test(s.concept.name) && isProperName(s.text);
}

/** An alias that is only part of the concept's own name ("SQL" on "SQL Databases"): a part, not another name. */
function partAlias(s: Side): boolean {
  if (s.form !== 'alias') return false;
  const own = new Set(words(s.concept.name));
  const part = words(s.text);
  return part.length < own.size && part.every((w) => own.has(w));
}

/** A label naming a kind of product ("... software", "... systems"), not a product or an activity. */
function isCategory(name: string): boolean {
  return /\b(software|systems?|tools?|platforms?|applications?)\s*$/i.test(name.replace(/\s*\([^()]*\)\s*$/, ''));
}

/** Cosine similarities the decision draws on: of the concepts' texts (name, aliases, description) and of their names alone. */
export interface Similarity {
  text(a: string, b: string): number;
  name(a: ConceptRecord, b: ConceptRecord): number;
}

/**
 * Whether two concepts are one: a shared name key, confirmed by what the embeddings say (docs/linking.md
 * has the rules and the figures that chose them). Returns the link with its score, or null.
 */
export function decide(c: Candidate, sim: Similarity): LinkPair | null {
  const { a, b } = c;
  if (instanceAlias(a) || instanceAlias(b) || partAlias(a) || partAlias(b)) return null;
  const text = sim.text(a.concept.id, b.concept.id);
  const method = FORM_SCORE[a.form] <= FORM_SCORE[b.form] ? a.form : b.form;
  // The same name can mean two things ("Monitoring" of systems, of people): between skills of one label,
  // whose texts carry definitions, those must agree; tools' texts are mostly their names and commodity.
  // Knowledge areas of one name (ESCO knowledge "physics", O*NET knowledge "Physics") are one field.
  const knowledge = (s: Side) => s.concept.skillType === 'knowledge';
  const skills = a.concept.label === 'Skill' && b.concept.label === 'Skill' && !(knowledge(a) && knowledge(b));
  const sameLabel = a.form === 'name' && b.form === 'name';
  if (Number.isFinite(text) && text < (skills && sameLabel ? 0.6 : 0.4)) return null;
  // A kind of software never meets an activity ("Version control software", "Version Control").
  if ((method === 'stems' || method === 'tail') && isCategory(a.concept.name) !== isCategory(b.concept.name)) return null;
  if (method === 'alias' || method === 'unvendored' || method === 'stems' || method === 'tail') {
    // Met only through other names: the concepts' own names must be close too, closer still when both sides
    // matched through an alias.
    const needed = method === 'stems' ? 0.7 : a.form === 'alias' && b.form === 'alias' ? 0.8 : 0.6;
    if (!(sim.name(a.concept, b.concept) >= needed)) return null;
  }
  return { a: a.concept.id, b: b.concept.id, method, score: lexScore(c), evidence: c.key };
}

/** The least cosine of their texts at which a pair proposed by embeddings alone is looked at further. */
export const SEMANTIC_TEXT_MIN = 0.78;

/** Pairs proposed by embeddings alone (no shared key) are accepted only when names and texts both nearly coincide. */
export function decideSemantic(a: ConceptRecord, b: ConceptRecord, sim: Similarity): LinkPair | null {
  if (a.origin === b.origin) return null;
  // "Version control software" is the kind of product that serves the activity "Version Control": related, not one.
  if (isCategory(a.name) !== isCategory(b.name)) return null;
  const text = sim.text(a.id, b.id);
  if (!(text >= SEMANTIC_TEXT_MIN)) return null;
  const name = sim.name(a, b);
  if (!(name >= 0.92)) return null;
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  return { a: x.id, b: y.id, method: 'embedding', score: 0.85 + 0.1 * (name - 0.92) / 0.08, evidence: `${x.name} ~ ${y.name}` };
}

/** Union-find over concept ids. */
class Clusters {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression.
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  union(a: string, b: string, root: string): void {
    this.parent.set(this.find(a), root);
    this.parent.set(this.find(b), root);
    this.parent.set(root, root);
  }
}

export interface Clustering {
  /** Accepted pairs (the SAME_AS links), strongest first. */
  accepted: LinkPair[];
  /** Pairs over the threshold left out because they would join two concepts of one origin and label. */
  conflicts: LinkPair[];
  /** Concept id → the id of its cluster's representative (only concepts in a cluster of 2+). */
  representative: Map<string, string>;
}

/** The least score on which a lone concept joins a cluster already holding one of its source and label. */
const SINGLE_JOIN_SCORE = 0.9;

/** Which concept stands for a cluster: a curated one, then O*NET, then ESCO; then the most used. */
const ORIGIN_RANK: Record<string, number> = { curated: 0, api: 1, onet: 2, esco: 3 };

/**
 * Joins pairs scoring at least `threshold`, strongest first, into clusters; two clusters that each hold a
 * concept of the same (origin, label) are never merged.
 */
export function cluster(concepts: readonly ConceptRecord[], pairs: readonly LinkPair[], threshold: number): Clustering {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const members = new Map<string, ConceptRecord[]>();
  const uf = new Clusters();
  const accepted: LinkPair[] = [];
  const conflicts: LinkPair[] = [];
  const sorted = [...pairs].filter((p) => p.score >= threshold && byId.has(p.a) && byId.has(p.b)).sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
  for (const p of sorted) {
    const ra = uf.find(p.a);
    const rb = uf.find(p.b);
    if (ra === rb) {
      accepted.push(p);
      continue;
    }
    const ma = members.get(ra) ?? [byId.get(p.a)!];
    const mb = members.get(rb) ?? [byId.get(p.b)!];
    // Two clusters sharing a source's slot are two things that source keeps apart: a link between them is
    // a chain through a weak match, not evidence. A single concept may still join a cluster that already
    // holds one of its source and label (a source listing one product twice), on a strong link only.
    const slots = new Set(ma.map((c) => `${c.origin}/${c.label}`));
    const clash = mb.some((c) => slots.has(`${c.origin}/${c.label}`));
    if (clash && (Math.min(ma.length, mb.length) > 1 || p.score < SINGLE_JOIN_SCORE)) {
      conflicts.push(p);
      continue;
    }
    const all = [...ma, ...mb];
    const rep = all.reduce((best, c) => ((ORIGIN_RANK[c.origin] ?? 9) < (ORIGIN_RANK[best.origin] ?? 9) || ((ORIGIN_RANK[c.origin] ?? 9) === (ORIGIN_RANK[best.origin] ?? 9) && c.roles > best.roles) ? c : best));
    members.delete(ra);
    members.delete(rb);
    uf.union(p.a, p.b, rep.id);
    members.set(rep.id, all);
    accepted.push(p);
  }
  const representative = new Map<string, string>();
  for (const [rep, list] of members) for (const c of list) representative.set(c.id, rep);
  return { accepted, conflicts, representative };
}
