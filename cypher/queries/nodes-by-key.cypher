// Nodes of one label by name or alias, case-insensitively, for many names in one round trip (role(name:),
// skill(name:), ... batched per request). `keys` holds the folded name and aliases (src/domain/names.ts
// nameKey). Per key: a name match beats an alias match, a curated node beats an imported one, then the
// smallest id wins.
// :param label => 'Role'
// :param keys => ['dx engineer', 'backend developer']
CALL () {
  WITH 1 AS x WHERE $label = 'Role' MATCH (n:Role) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Skill' MATCH (n:Skill) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Tool' MATCH (n:Tool) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Practice' MATCH (n:Practice) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Metric' MATCH (n:Metric) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Source' MATCH (n:Source) WHERE any(k IN n.keys WHERE k IN $keys) RETURN n
}
UNWIND [k IN n.keys WHERE k IN $keys] AS key
WITH key, n ORDER BY key, n.keys[0] = key DESC, n.origin = 'curated' DESC, n.id
WITH key, collect(n)[0] AS n
RETURN key, n {.*} AS node
