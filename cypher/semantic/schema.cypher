// The semantic layer's schema: one vector index per concept kind over the `vector` of its Embedding
// nodes, `(:Embedding:SkillEmbedding {vector, hash, model, kind})-[:EMBEDS]->(:Skill)` and so on.
// One index per kind (not one over every :Embedding) so a search restricted to some kinds asks only
// their indexes and always gets k hits of those kinds, however rare the kind (20 practices among
// ~27,000 concepts). Cosine similarity; 384 dimensions (all-MiniLM-L6-v2). Idempotent (IF NOT EXISTS).
CREATE VECTOR INDEX role_embedding IF NOT EXISTS FOR (e:RoleEmbedding) ON e.vector
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX skill_embedding IF NOT EXISTS FOR (e:SkillEmbedding) ON e.vector
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX tool_embedding IF NOT EXISTS FOR (e:ToolEmbedding) ON e.vector
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE VECTOR INDEX practice_embedding IF NOT EXISTS FOR (e:PracticeEmbedding) ON e.vector
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
