// The extractor of the graph as it is: its phrases read from Neo4j and resolved to the analytics' concepts.
import { cypher } from '../store/cypherFiles.js';
import type { Db } from '../store/graph.js';
import { SkillExtractor, type PhraseNode } from './extractor.js';

export async function loadPhraseNodes(graph: Db): Promise<PhraseNode[]> {
  const rows = await graph.read(cypher('queries/extract-phrases'));
  return rows.map((r) => ({ kind: r.kind as PhraseNode['kind'], id: String(r.id), name: String(r.name ?? r.id), aliases: (r.aliases as string[]) ?? [], origin: String(r.origin ?? 'curated'), roles: Number(r.roles) }));
}

export async function loadExtractor(graph: Db, conceptOf: (id: string) => number): Promise<SkillExtractor> {
  return SkillExtractor.build(await loadPhraseNodes(graph), conceptOf);
}
