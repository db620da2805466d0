// Learning-order pairs for skillGap's learningOrder, as parallel columns of internal node ids (see
// analytics-nodes): learn `before` ahead of `after`. A prerequisite comes before what it enables; a
// broader skill before its narrower ones. No parameters.
MATCH (a:Skill)-[:PREREQUISITE_OF]->(b:Skill)
RETURN collect(id(a)) AS before, collect(id(b)) AS after
UNION ALL
MATCH (narrower:Skill)-[:BROADER]->(broader:Skill)
RETURN collect(id(broader)) AS before, collect(id(narrower)) AS after
