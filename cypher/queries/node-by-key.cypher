// One node of a label by name or alias, case-insensitively (role(name:), skill(name:), ...): `keys` holds
// the folded name and aliases (src/domain/names.ts nameKey). A name match beats an alias match, a
// curated node beats an imported one, then the smallest id wins.
// :param label => 'Role'
// :param key => 'dx engineer'
CALL () {
  WITH 1 AS x WHERE $label = 'Role' MATCH (n:Role) WHERE $key IN n.keys RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Skill' MATCH (n:Skill) WHERE $key IN n.keys RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Tool' MATCH (n:Tool) WHERE $key IN n.keys RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Practice' MATCH (n:Practice) WHERE $key IN n.keys RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Metric' MATCH (n:Metric) WHERE $key IN n.keys RETURN n
  UNION
  WITH 1 AS x WHERE $label = 'Source' MATCH (n:Source) WHERE $key IN n.keys RETURN n
}
RETURN n {.*} AS node
ORDER BY n.keys[0] = $key DESC, n.origin = 'curated' DESC, n.id
LIMIT 1
