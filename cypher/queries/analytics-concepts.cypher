// How the projection's skills, tools and practices relate, as rows of parallel columns of internal node
// ids (see analytics-nodes): `same` pairs are one concept (SAME_AS, written by `rolegraph link`); `related`
// pairs are close concepts with a strength: embedding neighbours (RELATED_TO, the cosine), ESCO's skill
// hierarchy (BROADER, strength -1) and ESCO's skill relations (RELATED_SKILL, strength -2); `group` pairs
// put a skill in an ESCO skill group (skills of one group overlap a little). A row holds up to 1,024
// pairs. No parameters.
MATCH (a)-[:SAME_AS]->(b)
WITH a, b, id(a) / 1024 AS bucket
RETURN 'same' AS kind, bucket, collect(id(a)) AS a, collect(id(b)) AS b, [] AS strengths
UNION ALL
MATCH (a)-[r:RELATED_TO]->(b)
WITH a, b, r, id(a) / 1024 AS bucket
RETURN 'related' AS kind, bucket, collect(id(a)) AS a, collect(id(b)) AS b, collect(r.score) AS strengths
UNION ALL
MATCH (a:Skill)-[:BROADER]->(b:Skill)
WITH a, b, id(a) / 1024 AS bucket
RETURN 'related' AS kind, bucket, collect(id(a)) AS a, collect(id(b)) AS b, collect(-1.0) AS strengths
UNION ALL
MATCH (a:Skill)-[:RELATED_SKILL]->(b:Skill)
WITH a, b, id(a) / 1024 AS bucket
RETURN 'related' AS kind, bucket, collect(id(a)) AS a, collect(id(b)) AS b, collect(-2.0) AS strengths
UNION ALL
MATCH (a:Skill)-[:BROADER]->(g:SkillGroup)
WITH a, g, id(a) / 1024 AS bucket
RETURN 'group' AS kind, bucket, collect(id(a)) AS a, collect(id(g)) AS b, [] AS strengths
