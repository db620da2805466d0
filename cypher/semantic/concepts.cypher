// Every concept the semantic layer embeds, with the fields its embedding text is made of
// (src/semantic/conceptText.ts) and the hash of its current embedding, if any, so a run embeds only
// concepts whose text (or the model) changed. `node` is the element id the write uses to find the node
// again without a label-specific index.
MATCH (n:Role|Skill|Tool|Practice)
RETURN elementId(n) AS node, n.id AS id,
       [l IN labels(n) WHERE l IN ['Role', 'Skill', 'Tool', 'Practice']][0] AS kind,
       n.name AS name, n.aliases AS aliases, n.description AS description, n.summary AS summary,
       n.commodityTitle AS commodityTitle,
       COLLECT { MATCH (e:Embedding)-[:EMBEDS]->(n) RETURN e.hash } AS hashes
