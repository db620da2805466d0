// compareRoles: what 2–5 roles share and what is unique to each (skills, tools, practices, metrics,
// collaborators), mean pairwise Jaccard and weighted Jaccard over required skills, and the summary
// sentence (src/domain/similarity.ts). Shared skills: by the smallest importance, the summed one, then id.
// :param roles => ['backend-developer', 'developer-experience-engineer']
UNWIND range(0, size($roles) - 1) AS i
MATCH (r:Role {id: $roles[i]})
WITH i, r ORDER BY i
WITH collect({
  role: r,
  name: coalesce(r.name, r.id),
  skills: COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) RETURN {id: s.id, name: coalesce(s.name, s.id), imp: coalesce(q.importance, 3)} },
  tools: COLLECT { MATCH (r)-[:USES_TOOL]->(t:Tool) RETURN DISTINCT t.id },
  practices: COLLECT { MATCH (r)-[:PRACTICES]->(p:Practice) RETURN DISTINCT p.id },
  metrics: COLLECT { MATCH (r)-[:MEASURED_BY]->(m:Metric) RETURN DISTINCT m.id },
  collaborators: COLLECT { MATCH (r)-[:COLLABORATES_WITH]->(c:Role) RETURN DISTINCT c.id }
}) AS ps
WITH ps, [p IN ps | [x IN p.skills | x.id]] AS ids
// every pair once, in order (0,1), (0,2), ..., (1,2), ...
WITH ps, ids, reduce(pairs = [], x IN range(0, size(ps) - 2) | pairs + [y IN range(x + 1, size(ps) - 1) | [x, y]]) AS pairs
WITH ps, ids, [pair IN pairs |
  {shared: size([s IN ids[pair[0]] WHERE s IN ids[pair[1]]]),
   minSum: reduce(m = 0, a IN ps[pair[0]].skills | m + reduce(v = 0, b IN ps[pair[1]].skills | v + CASE WHEN b.id <> a.id THEN 0 WHEN a.imp < b.imp THEN a.imp ELSE b.imp END)),
   wa: reduce(w = 0, a IN ps[pair[0]].skills | w + a.imp), wb: reduce(w = 0, b IN ps[pair[1]].skills | w + b.imp),
   na: size(ids[pair[0]]), nb: size(ids[pair[1]])}] AS pairs
WITH ps, ids,
  reduce(j = 0.0, p IN pairs | j + CASE WHEN p.na + p.nb - p.shared = 0 THEN 0.0 ELSE toFloat(p.shared) / (p.na + p.nb - p.shared) END) / size(pairs) AS jaccard,
  reduce(w = 0.0, p IN pairs | w + CASE WHEN p.wa + p.wb - p.minSum = 0 THEN 0.0 ELSE toFloat(p.minSum) / (p.wa + p.wb - p.minSum) END) / size(pairs) AS weightedSimilarity,
  size(reduce(u = [], l IN ids | u + [s IN l WHERE NOT s IN u])) AS unionSize
WITH ps, jaccard, weightedSimilarity, unionSize,
  COLLECT {
    UNWIND ps[0].skills AS s
    WITH s, [p IN ps | [x IN p.skills WHERE x.id = s.id][0].imp] AS imps
    WHERE none(x IN imps WHERE x IS NULL)
    RETURN {id: s.id, name: s.name} AS skill
    ORDER BY reduce(m = 5, x IN imps | CASE WHEN x < m THEN x ELSE m END) DESC, reduce(t = 0, x IN imps | t + x) DESC, s.id
  } AS sharedSkills
WITH ps, jaccard, weightedSimilarity, unionSize, sharedSkills,
  [n IN [p IN ps | p.name] | n] AS names, [s IN sharedSkills[..3] | s.name] AS ex
WITH ps, jaccard, weightedSimilarity, sharedSkills,
  CASE WHEN size(names) = 1 THEN names[0] ELSE reduce(t = names[0], n IN names[1..-1] | t + ', ' + n) + ' and ' + last(names) END AS who,
  CASE WHEN size(ex) <= 1 THEN coalesce(ex[0], '') ELSE reduce(t = ex[0], n IN ex[1..-1] | t + ', ' + n) + ' and ' + last(ex) END AS examples,
  size(sharedSkills) AS n, unionSize AS m
RETURN [p IN ps | p.role] AS roles,
  [s IN sharedSkills | s.id] AS sharedSkills,
  [t IN ps[0].tools WHERE all(p IN ps WHERE t IN p.tools)] AS sharedTools,
  [t IN ps[0].practices WHERE all(p IN ps WHERE t IN p.practices)] AS sharedPractices,
  [t IN ps[0].metrics WHERE all(p IN ps WHERE t IN p.metrics)] AS sharedMetrics,
  [t IN ps[0].collaborators WHERE all(p IN ps WHERE t IN p.collaborators)] AS sharedCollaborators,
  [i IN range(0, size(ps) - 1) | {
    role: ps[i].role.id,
    skills: [x IN ps[i].skills WHERE all(j IN range(0, size(ps) - 1) WHERE j = i OR none(y IN ps[j].skills WHERE y.id = x.id)) | x.id],
    tools: [x IN ps[i].tools WHERE all(j IN range(0, size(ps) - 1) WHERE j = i OR NOT x IN ps[j].tools)],
    practices: [x IN ps[i].practices WHERE all(j IN range(0, size(ps) - 1) WHERE j = i OR NOT x IN ps[j].practices)],
    metrics: [x IN ps[i].metrics WHERE all(j IN range(0, size(ps) - 1) WHERE j = i OR NOT x IN ps[j].metrics)],
    collaborators: [x IN ps[i].collaborators WHERE all(j IN range(0, size(ps) - 1) WHERE j = i OR NOT x IN ps[j].collaborators)]
  }] AS unique,
  jaccard, weightedSimilarity,
  CASE
    WHEN m = 0 THEN who + ' list no required skills.'
    WHEN n = 0 THEN who + ' share none of their ' + m + ' skills.'
    ELSE who + ' share ' + n + ' of ' + m + ' skills (' + toInteger(round(100.0 * n / m)) + '%)' +
      CASE WHEN n <= 3 THEN ': ' ELSE ', among them ' END + examples + '.'
  END AS summary
