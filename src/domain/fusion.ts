// Hybrid search: keyword tiers and meaning, fused. Exact names and names starting with the text stay on
// top in their keyword order (a user typing "kube" wants Kubernetes, whatever the embeddings say); below
// them the other keyword hits and the semantic hits are fused by reciprocal rank fusion (Cormack et al.,
// 2009: Σ 1 / (K + rank) over the lists that hold a hit), which needs no calibration between a Lucene
// score and a cosine.

export type MatchedBy = 'exact' | 'prefix' | 'words' | 'fuzzy' | 'semantic';

export interface RankedHit {
  key: string;
  /** Keyword score bands (search.cypher): 3–4 exact, 2–3 prefix, 1–2 words, 0–1 fuzzy; a cosine for semantic hits. */
  score: number;
}

export interface FusedHit {
  key: string;
  score: number;
  matchedBy: MatchedBy;
}

/** The usual RRF constant: ranks beyond the first few weigh about the same. */
export const RRF_K = 60;

export function keywordBand(score: number): Exclude<MatchedBy, 'semantic'> {
  return score >= 3 ? 'exact' : score >= 2 ? 'prefix' : score >= 1 ? 'words' : 'fuzzy';
}

/**
 * The first `first` hits: exact and prefix keyword hits in their order and with their scores, then the rest
 * fused, scored RRF_K × Σ 1/(RRF_K + rank) — below 2, so a fused hit never outscores a prefix hit.
 */
export function fuseHits(keyword: readonly RankedHit[], semantic: readonly RankedHit[], first: number): FusedHit[] {
  const top = keyword.filter((h) => h.score >= 2);
  const seen = new Set(top.map((h) => h.key));
  const fused = new Map<string, { score: number; matchedBy: MatchedBy }>();
  const add = (list: readonly RankedHit[], by: (h: RankedHit) => MatchedBy) => {
    list.filter((h) => !seen.has(h.key)).forEach((h, i) => {
      const had = fused.get(h.key);
      const part = RRF_K / (RRF_K + i + 1);
      if (had) had.score += part;
      else fused.set(h.key, { score: part, matchedBy: by(h) });
    });
  };
  add(keyword.filter((h) => h.score < 2), (h) => keywordBand(h.score));
  add(semantic, () => 'semantic');
  const rest = [...fused].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  return [...top.map((h) => ({ key: h.key, score: h.score, matchedBy: keywordBand(h.score) })), ...rest].slice(0, first);
}
