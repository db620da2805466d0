// The vector indexes of cypher/semantic/schema.cypher, and their names by concept kind.
import { cypher, splitStatements } from '../store/cypherFiles.js';
import type { Graph } from '../store/graph.js';
import type { ConceptKind } from './conceptText.js';

export const VECTOR_INDEX: Record<ConceptKind, string> = {
  Role: 'role_embedding',
  Skill: 'skill_embedding',
  Tool: 'tool_embedding',
  Practice: 'practice_embedding',
};

/** Creates the vector indexes (IF NOT EXISTS, so safe on every run) and waits until they are online. */
export async function applySemanticSchema(graph: Graph): Promise<void> {
  for (const statement of splitStatements(cypher('semantic/schema'))) await graph.write(statement);
  await graph.write('CALL db.awaitIndexes(120)');
}
