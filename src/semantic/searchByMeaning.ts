// Search by meaning: the text embedded with the bundled model, its nearest roles, skills, tools and
// practices through the vector indexes (nearest.ts). Hits under MIN_COSINE are noise ("pla" is near
// everything a little) and are left out.
import type { Db as Graph } from '../store/graph.js';
import type { ConceptKind } from './conceptText.js';
import { sharedEmbedder } from './embedder.js';
import { nearestConcepts, type ConceptHit } from './nearest.js';

export const MIN_COSINE = 0.35;

export async function searchByMeaning(graph: Graph, text: string, first: number, kinds: readonly ConceptKind[]): Promise<ConceptHit[]> {
  const embedder = await sharedEmbedder();
  const [vector] = await embedder.embed([text]);
  const [hits] = await nearestConcepts(graph, [vector], { k: first, kinds: [...kinds] });
  return (hits ?? []).filter((h) => h.score >= MIN_COSINE);
}
