// Learning-order pairs for skillGap's learningOrder: learn `before` ahead of `after`.
// A prerequisite comes before what it enables; a broader skill before its narrower ones. No parameters.
MATCH (a:Skill)-[:PREREQUISITE_OF]->(b:Skill)
RETURN a.id AS before, b.id AS after
UNION ALL
MATCH (narrower:Skill)-[:BROADER]->(broader:Skill)
RETURN broader.id AS before, narrower.id AS after
