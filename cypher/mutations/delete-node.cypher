// Deletes one Role, Skill, Tool or Practice unless it is still linked; with $detach it removes the
// relationships too. Returns no row for an unknown id, and the node's link count otherwise.
// :param label => 'Skill'
// :param id => 'kubernetes'
// :param detach => false
CALL () {
  MATCH (n:Role {id: $id}) WHERE $label = 'Role' RETURN n
  UNION
  MATCH (n:Skill {id: $id}) WHERE $label = 'Skill' RETURN n
  UNION
  MATCH (n:Tool {id: $id}) WHERE $label = 'Tool' RETURN n
  UNION
  MATCH (n:Practice {id: $id}) WHERE $label = 'Practice' RETURN n
}
WITH n, COUNT { (n)--() } AS links
CALL (n, links) {
  WITH n WHERE links = 0 OR $detach
  DETACH DELETE n
}
RETURN links, (links = 0 OR $detach) AS deleted
