// Partial credit for related concepts (docs/analytics.md, "Partial credit"): what having one concept is
// worth towards another that is close to it, in [0, MAX_CREDIT].
//   embedding neighbours (RELATED_TO, cosine ≥ 0.7): 0.5 × (cosine − 0.6) / 0.4, so 0.125 at 0.7, 0.25 at 0.8,
//   0.5 only for a cosine of 1
//   ESCO's hierarchy (BROADER, skill ↔ broader skill): 0.5
//   ESCO's skill relations (RELATED_SKILL, knowledge a skill rests on): 0.35
import { MAX_CREDIT } from '../domain/concepts.js';

/** The strength codes of cypher/queries/analytics-concepts.cypher: a cosine, or -1 (BROADER), -2 (RELATED_SKILL). */
export function relatedCredit(strength: number): number {
  if (strength === -1) return MAX_CREDIT;
  if (strength === -2) return 0.35;
  return Math.max(0, Math.min(MAX_CREDIT, (MAX_CREDIT * (strength - 0.6)) / 0.4));
}
