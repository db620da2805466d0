// Creates or updates one Role, Skill, Tool or Practice by id (curation mutation). The UNION picks the
// label so every branch keeps its index seek; $props holds only the fields the caller sent (a null
// value removes the property). New nodes get origin 'api'; existing ones keep theirs.
// :param label => 'Role'
// :param id => 'platform-engineer'
// :param props => {name: 'Platform Engineer', aliases: ['Platform Eng']}
// :param subject => 'curator'
CALL () {
  WITH 1 AS one WHERE $label = 'Role' MERGE (n:Role {id: $id}) RETURN n
  UNION
  WITH 1 AS one WHERE $label = 'Skill' MERGE (n:Skill {id: $id}) RETURN n
  UNION
  WITH 1 AS one WHERE $label = 'Tool' MERGE (n:Tool {id: $id}) RETURN n
  UNION
  WITH 1 AS one WHERE $label = 'Practice' MERGE (n:Practice {id: $id}) RETURN n
}
SET n += $props,
    n.origin = coalesce(n.origin, 'api'),
    n.updatedBy = $subject,
    n.updatedAt = datetime()
RETURN elementId(n) AS elementId, n.name AS name, coalesce(n.aliases, []) AS aliases
