// A person's own words read against the graph (extractSkills, matchRoles(profileText:), skillGap(fromText:)):
// the phrase extractor of src/extract built once per projection, then the meaning of the clauses it could
// not name, through the stored embeddings.
import v8 from 'node:v8';
import vm from 'node:vm';
import { SEMANTIC_MIN, type Extracted, type PhraseNode, type SkillExtractor } from '../extract/extractor.js';
import { loadExtractor } from '../extract/load.js';
import { textDirection } from '../domain/match.js';
import { sharedEmbedder } from '../semantic/embedder.js';
import { nearestConcepts } from '../semantic/nearest.js';
import { passages } from '../semantic/passages.js';
import type { Graph } from '../store/graph.js';
import { CapacityError } from '../errors.js';
import type { NamedKind, Projection } from './projection.js';

/**
 * Free heap the extractor's build needs at the size of the full import, with half again as margin: measured on
 * the linked ESCO + O*NET graph (22,848 skills, tools and practices), reading the labels peaks 20 MB above the
 * heap before, the extractor holds 22 MB once built and its build peaks no higher (scripts/extract-timing.ts
 * --peak; it peaked at 128 MB when the trie was built in string-keyed maps, and this was 160 MB).
 */
const EXTRACTOR_HEADROOM = 64 * 2 ** 20;
/** How long a refusal for lack of heap is repeated before the heap is checked again. */
const REFUSAL_MS = 10_000;

/**
 * A full collection before the extractor's heap check, so the check reads what is really free rather than
 * what garbage not yet collected hides (the figure swung by 80 MB between two identical runs without it).
 * Node exposes gc() only behind a flag; it is set for this process's V8 once. Without it, the check reads
 * the heap as it is, which errs on the side of refusing.
 */
let gcOnce: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gcOnce === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcOnce = vm.runInNewContext('gc') as () => void;
    } catch {
      gcOnce = null;
    }
  }
  gcOnce?.();
}

export type ExtractedWithSameAs = Extracted & { sameAs: { kind: NamedKind; id: string; name: string }[] };

export class TextReader {
  private extraction: { projection: Projection; extractor: Promise<SkillExtractor> } | undefined;
  private refused: { at: number; error: CapacityError } | undefined;

  constructor(private readonly graph: Graph) {}

  /** The phrase extractor of the current projection's graph, built on first use after each reload. */
  private extractorFor(p: Projection): Promise<SkillExtractor> {
    if (this.extraction?.projection !== p) {
      // Building it reads every label and alias (~40 MB live at its peak at ESCO + O*NET scale): under a heap
      // cap too tight for that, refuse the question rather than let V8 end the process.
      // A refusal stands for a while: each check costs a full collection, which a stream of texts must not
      // be able to repeat on every request.
      if (this.refused && performance.now() - this.refused.at < REFUSAL_MS) return Promise.reject(this.refused.error);
      collectGarbage();
      const available = v8.getHeapStatistics().total_available_size;
      if (available < EXTRACTOR_HEADROOM) {
        const error = new CapacityError(`Reading skills from a text needs about ${Math.round(EXTRACTOR_HEADROOM / 2 ** 20)} MB of free heap to prepare, and this server has ${Math.round(available / 2 ** 20)} MB: try again shortly, or run the API with a larger --max-old-space-size (npm start uses 256).`);
        this.refused = { at: performance.now(), error };
        return Promise.reject(error);
      }
      this.refused = undefined;
      const extractor = loadExtractor(this.graph, (id) => p.conceptOf.get(id) ?? -1);
      this.extraction = { projection: p, extractor };
      extractor.catch(() => { if (this.extraction?.extractor === extractor) this.extraction = undefined; });
    }
    return this.extraction.extractor;
  }

  /**
   * What the text names by phrase, then what its clauses mean: each clause's nearest skill, tool or practice
   * (one the graph's roles use) when the cosine reaches SEMANTIC_MIN and its concept was not named already.
   */
  async read(p: Projection, text: string): Promise<Extracted[]> {
    const { text: normalized, found, unnamed: clauses } = (await this.extractorFor(p)).read(text);
    // A graph that was never embedded (rolegraph link not run) is matched by phrase only.
    if (clauses.length === 0 || p.index.dim === 0) return found;
    const embedder = await sharedEmbedder();
    const vectors = await embedder.embed(clauses.map((c) => normalized.slice(c.start, c.end)));
    const hits = await nearestConcepts(this.graph, vectors, { k: 1, kinds: ['Skill', 'Tool', 'Practice'] });
    const seen = new Set(found.map((e) => e.concept));
    const semantic = new Map<number, Extracted>();
    hits.forEach((list, i) => {
      const h = list[0];
      if (!h || h.score < SEMANTIC_MIN) return;
      const concept = p.conceptOf.get(h.id) ?? -1;
      if (concept < 0 || seen.has(concept) || p.index.postStart[concept + 1] === p.index.postStart[concept]) return;
      const c = clauses[i];
      // Some role uses it (the postings check above); aliases play no part in a semantic match.
      const node: PhraseNode = { kind: h.kind.toLowerCase() as PhraseNode['kind'], id: h.id, name: h.name, aliases: [], origin: h.origin ?? 'curated', roles: 1 };
      const mention = { node, by: 'semantic' as const, text: normalized.slice(c.start, c.end), start: c.start, end: c.end };
      const confidence = Math.round(h.score * 100) / 100;
      const had = semantic.get(concept);
      if (!had) semantic.set(concept, { concept, node: mention.node, by: 'semantic', confidence, mentions: [mention] });
      else {
        had.mentions.push(mention);
        had.confidence = Math.max(had.confidence, confidence);
      }
    });
    return [...found, ...[...semantic.values()].sort((a, b) => b.confidence - a.confidence)];
  }
}

/**
 * What a whole text is about, in the roles' embedding space (textDirection over its passages): undefined when
 * the graph was never embedded.
 */
export async function textMeaning(p: Projection, text: string): Promise<Float32Array | undefined> {
  if (p.index.dim === 0) return undefined;
  const parts = passages(text);
  if (parts.length === 0) return undefined;
  return textDirection(await (await sharedEmbedder()).embed(parts), parts.map((s) => s.length));
}

/** Each found concept with the other nodes that name it (the same skill or tool in another source). */
export function withSameAs(p: Projection, found: readonly Extracted[]): ExtractedWithSameAs[] {
  return found.map((e) => ({
    ...e,
    sameAs: e.concept < 0 ? [] : p.members[e.concept].flatMap((key) => {
      const kind = key.slice(0, key.indexOf(':')) as NamedKind;
      const id = key.slice(key.indexOf(':') + 1);
      return id === e.node.id ? [] : [{ kind, id, name: p.names[kind].get(id) ?? id }];
    }),
  }));
}

/** The profile a text gives: its concepts, and whether it names tools (matchRoles leaves tools out otherwise). */
export function personOf(found: readonly Extracted[]): { concepts: Set<number>; hasTools: boolean } {
  const known = found.filter((e) => e.concept >= 0);
  return { concepts: new Set(known.map((e) => e.concept)), hasTools: known.some((e) => e.node.kind === 'tool') };
}
