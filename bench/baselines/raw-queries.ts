// Baseline (a): for each scenario, the one Cypher query a hand-written service would run straight
// through neo4j-driver to answer it — the floor rolegraph is measured against. The analytics are
// computed in the database here (set operations in Cypher), so they also show what rolegraph's
// in-memory engine saves or costs. Parameters are the scenario's `raw.params`.

export const RAW_QUERIES = {
  // role(id) { id name skills { skill { id name } importance } tools { id name } }, ordered and
  // bounded (50) like rolegraph's lists.
  roleDetail: `
    MATCH (r:Role {id: $id})
    RETURN r {.id, .name,
      skills: COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) WITH q, s ORDER BY q.importance DESC, s.name, s.id LIMIT 50
                        RETURN {skill: s {.id, .name}, importance: q.importance} },
      tools: COLLECT { MATCH (r)-[:USES_TOOL]->(t:Tool) WITH t ORDER BY t.name, t.id LIMIT 50 RETURN t {.id, .name} }} AS role`,

  // roles(first) connection: one page by name (the range lets the planner walk the name index in
  // order and stop after the page) and the total from the count store.
  rolesPage: `
    CALL () { MATCH (r:Role) WHERE r.name >= '' WITH r ORDER BY r.name, r.id LIMIT toInteger($first) RETURN r }
    WITH collect(r {.id, .name}) AS nodes
    RETURN nodes, COUNT { (:Role) } AS totalCount`,

  // search(text, first): the same full-text index rolegraph searches when there is one (fuzzy term),
  // else a substring match on the lower-cased name keys.
  searchFulltext: `
    CALL db.index.fulltext.queryNodes($index, $lucene, {limit: toInteger($first)}) YIELD node, score
    RETURN labels(node)[0] AS kind, node.id AS id, node.name AS name, score`,
  searchContains: `
    MATCH (n) WHERE (n:Role OR n:Skill OR n:Tool OR n:Practice) AND any(k IN n.keys WHERE k CONTAINS $text)
    RETURN labels(n)[0] AS kind, n.id AS id, n.name AS name LIMIT toInteger($first)`,

  // role → its $skills most important skills → the $perSkill roles needing each most → their $tools tools.
  nested: `
    MATCH (r:Role {id: $id})
    RETURN r {.id, .name, skills: COLLECT {
      MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) WITH q, s ORDER BY q.importance DESC, s.name, s.id LIMIT toInteger($skills)
      RETURN {importance: q.importance, skill: s {.id, .name, roles: COLLECT {
        MATCH (s)<-[q2:REQUIRES_SKILL]-(o:Role) WITH q2, o ORDER BY q2.importance DESC, o.name, o.id LIMIT toInteger($perSkill)
        RETURN {importance: q2.importance, role: o {.id, .name,
          tools: COLLECT { MATCH (o)-[:USES_TOOL]->(t:Tool) WITH t ORDER BY t.name, t.id LIMIT toInteger($tools) RETURN t {.id, .name} }}}
      }}}
    }} AS role`,

  // compareRoles: shared skills and tools, what is unique to each, Jaccard and weighted Jaccard.
  compareRoles: `
    UNWIND $ids AS rid
    MATCH (r:Role {id: rid})
    WITH collect({id: r.id, name: r.name,
      skills: COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) RETURN {id: s.id, name: s.name, w: coalesce(q.importance, 3)} },
      tools: COLLECT { MATCH (r)-[:USES_TOOL]->(t:Tool) RETURN t.id }}) AS rs
    WITH rs, [x IN rs | [s IN x.skills | s.id]] AS sets, [x IN rs | x.tools] AS toolSets
    WITH rs, sets,
      reduce(acc = sets[0], s IN sets[1..] | [i IN acc WHERE i IN s]) AS shared,
      reduce(acc = [], s IN sets | acc + [i IN s WHERE NOT i IN acc]) AS union,
      reduce(acc = toolSets[0], s IN toolSets[1..] | [i IN acc WHERE i IN s]) AS sharedTools
    WITH rs, shared, union, sharedTools,
      [u IN union | [x IN rs | coalesce(head([s IN x.skills WHERE s.id = u | s.w]), 0)]] AS weights
    RETURN shared AS sharedSkills, sharedTools,
      [x IN rs | {role: x.id, skills: [s IN x.skills WHERE NOT s.id IN shared | s.id]}] AS unique,
      CASE size(union) WHEN 0 THEN 0.0 ELSE toFloat(size(shared)) / size(union) END AS jaccard,
      reduce(mn = 0.0, w IN weights | mn + reduce(m = w[0], v IN w | CASE WHEN v < m THEN v ELSE m END)) /
      reduce(mx = 0.0001, w IN weights | mx + reduce(m = w[0], v IN w | CASE WHEN v > m THEN v ELSE m END)) AS weightedSimilarity`,

  // similarRoles: Jaccard over required skills against every role sharing at least one skill.
  similarRoles: `
    MATCH (r:Role {id: $id})
    WITH r, COUNT { (r)-[:REQUIRES_SKILL]->() } AS na
    MATCH (r)-[:REQUIRES_SKILL]->(s:Skill)<-[:REQUIRES_SKILL]-(o:Role)
    WHERE o <> r
    WITH r, na, o, count(s) AS shared
    WITH o, shared, toFloat(shared) / (na + COUNT { (o)-[:REQUIRES_SKILL]->() } - shared) AS score
    ORDER BY score DESC, o.id
    LIMIT toInteger($first)
    RETURN o {.id, .name} AS role, score, shared`,

  // skillGap: what carries over, what to learn (with importance), tools to learn, prerequisite pairs
  // among the skills to learn (for the learning order) and the coverage.
  skillGap: `
    MATCH (f:Role {id: $from}), (t:Role {id: $to})
    WITH f, t,
      COLLECT { MATCH (f)-[:REQUIRES_SKILL]->(s) RETURN s.id } AS have,
      COLLECT { MATCH (f)-[:USES_TOOL]->(x) RETURN x.id } AS haveTools
    WITH t, haveTools,
      COLLECT { MATCH (t)-[q:REQUIRES_SKILL]->(s:Skill) RETURN {id: s.id, name: s.name, importance: q.importance, held: s.id IN have} } AS need
    WITH t, haveTools, need, [n IN need WHERE NOT n.held | n.id] AS learnIds
    RETURN [n IN need WHERE n.held] AS transferable,
      [n IN need WHERE NOT n.held] AS toLearn,
      COLLECT { MATCH (t)-[:USES_TOOL]->(x:Tool) WHERE NOT x.id IN haveTools RETURN x {.id, .name} } AS toolsToLearn,
      COLLECT { MATCH (a:Skill)-[:PREREQUISITE_OF]->(b:Skill) WHERE a.id IN learnIds AND b.id IN learnIds RETURN [a.id, b.id] } AS order,
      CASE size(need) WHEN 0 THEN 1.0 ELSE toFloat(size(need) - size(learnIds)) / size(need) END AS coverage`,

  // careerPaths (maxSteps 3): recorded moves (CAN_MOVE_TO) only, each step costed by the skills to learn.
  careerPaths: `
    MATCH p = (f:Role {id: $from})-[:CAN_MOVE_TO*1..3]->(t:Role {id: $to})
    WITH nodes(p) AS ns
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    CALL (ns) {
      UNWIND range(0, size(ns) - 2) AS i
      WITH ns[i] AS a, ns[i + 1] AS b
      RETURN collect({from: a.id, to: b.id,
        cost: 1 + COUNT { MATCH (b)-[:REQUIRES_SKILL]->(s) WHERE NOT (a)-[:REQUIRES_SKILL]->(s) }}) AS steps
    }
    WITH steps, reduce(c = 0, s IN steps | c + s.cost) AS totalCost
    RETURN steps, totalCost ORDER BY totalCost LIMIT toInteger($first)`,

  // matchRoles: roles ranked by the share of their required skills the person has.
  matchRoles: `
    UNWIND $skills AS sid
    MATCH (:Skill {id: sid})<-[:REQUIRES_SKILL]-(r:Role)
    WITH r, collect(sid) AS matched
    WITH r, matched, COUNT { (r)-[:REQUIRES_SKILL]->() } AS total
    WITH r, matched, toFloat(size(matched)) / total AS coverage
    ORDER BY coverage DESC, size(matched) DESC, r.id
    LIMIT toInteger($first)
    RETURN r {.id, .name} AS role, coverage, matched`,
} as const;

export type RawQueryName = keyof typeof RAW_QUERIES;
