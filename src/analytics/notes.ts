// What the sources do not know about a role, said in words beside an answer, so missing data never
// reads as a perfect one (issue: "never show missing data as a perfect answer").
import type { RoleProfile } from '../domain/profile.js';
import type { Projection } from './projection.js';

const SOURCE: Record<string, string> = { esco: 'ESCO', onet: 'O*NET', curated: 'the source articles', api: 'curation' };

function names(p: Projection, ids: readonly string[]): string {
  return ids.map((id) => p.roles[p.byId.get(id) ?? -1]?.name ?? id).join(', ');
}

/** Notes on the target of a gap (and on the holder, when it is a role). */
export function dataNotes(p: Projection, target: RoleProfile, holder?: RoleProfile): string[] {
  const notes: string[] = [];
  const about = (r: RoleProfile, role: string) => {
    const source = SOURCE[r.origin] ?? r.origin;
    if (r.skillData === 'none') notes.push(`${source} lists no skills or tools for ${r.name} (${role}): coverage and effort are unknown.`);
    else if (r.skillData === 'borrowed') notes.push(`${source} lists no skills for ${r.name} (${role}); its requirements are inferred from ${names(p, r.borrowedFrom ?? [])}.`);
    else if (r.skillData === 'rated' && r.borrowedFrom?.length) notes.push(`${r.name} (${role}) is also counted as holding what ${names(p, r.borrowedFrom)} requires (its close match in another taxonomy), at a third of the weight: inferred.`);
    else if (r.skillData === 'tools-only') {
      notes.push(`${source} rates no skills for ${r.name} (${role}), only its technologies${r.borrowedFrom?.length ? `; its skills are inferred from ${names(p, r.borrowedFrom)}` : ''}.`);
    }
  };
  about(target, 'the target');
  if (holder) about(holder, 'the current role');
  return notes;
}
