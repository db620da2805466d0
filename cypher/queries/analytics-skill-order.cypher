// Learning-order pairs for skillGap's learningOrder, as rows of parallel columns of internal node ids
// (see analytics-nodes): learn `before` ahead of `after`. A prerequisite comes before what it enables;
// a broader skill before its narrower ones. A row holds the pairs of up to 1,024 skills. No parameters.
MATCH (a:Skill)-[:PREREQUISITE_OF]->(b:Skill)
WITH a, b, id(b) / 1024 AS bucket
RETURN bucket, collect(id(a)) AS before, collect(id(b)) AS after
UNION ALL
MATCH (narrower:Skill)-[:BROADER]->(broader:Skill)
WITH narrower, broader, id(narrower) / 1024 AS bucket
RETURN bucket, collect(id(broader)) AS before, collect(id(narrower)) AS after
