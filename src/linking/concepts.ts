// The concepts the linker compares, read from the graph in one query (cypher/linking/concepts.cypher).
import { cypher } from '../store/cypherFiles.js';
import type { Db } from '../store/graph.js';

export type ConceptLabel = 'Skill' | 'Tool' | 'Practice';

export interface ConceptRecord {
  id: string;
  label: ConceptLabel;
  origin: string;
  name: string;
  aliases: string[];
  /** O*NET tools: the UNSPSC commodity they are filed under. */
  commodity: string | null;
  /** ESCO: skill/competence or knowledge. */
  skillType: string | null;
  /** The start of its description ('' when it has none). */
  description: string;
  /** Roles that require or use it. */
  roles: number;
}

export async function loadConcepts(graph: Db): Promise<ConceptRecord[]> {
  const rows = await graph.read(cypher('linking/concepts'));
  return rows.map((r) => ({
    id: String(r.id),
    label: r.label as ConceptLabel,
    origin: String(r.origin ?? 'curated'),
    name: String(r.name ?? r.id),
    aliases: (r.aliases as unknown[]).map(String),
    commodity: (r.commodity as string | null) ?? null,
    skillType: (r.skillType as string | null) ?? null,
    description: String(r.description ?? ''),
    roles: Number(r.roles),
  }));
}
