import { describe, expect, it } from 'vitest';
import { fuseHits, keywordBand, RRF_K } from '../../../src/domain/fusion.js';

describe('fuseHits', () => {
  it('keeps exact and prefix hits first, then fuses the rest by reciprocal rank', () => {
    const keyword = [{ key: 'exact', score: 4 }, { key: 'prefix', score: 2.5 }, { key: 'both', score: 0.9 }, { key: 'typo', score: 0.5 }];
    const semantic = [{ key: 'both', score: 0.8 }, { key: 'meaning', score: 0.7 }, { key: 'exact', score: 0.6 }];
    const fused = fuseHits(keyword, semantic, 10);
    expect(fused.map((h) => h.key)).toEqual(['exact', 'prefix', 'both', 'meaning', 'typo']);
    expect(fused[2]).toEqual({ key: 'both', score: RRF_K / (RRF_K + 1) + RRF_K / (RRF_K + 1), matchedBy: 'fuzzy' });
    expect(fused[3]).toMatchObject({ matchedBy: 'semantic' });
    expect(fused.slice(2).every((h) => h.score < 2)).toBe(true);
    expect(fuseHits(keyword, semantic, 2).map((h) => h.key)).toEqual(['exact', 'prefix']);
  });

  it('names the keyword bands', () => {
    expect([3.5, 2.1, 1.2, 0.4].map(keywordBand)).toEqual(['exact', 'prefix', 'words', 'fuzzy']);
  });
});
