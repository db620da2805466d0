// Nodes of one label by id, in one round trip (the DataLoader behind every node lookup). One UNION
// branch per label so each id is a unique-index seek; only the branch of $label runs.
// :param label => 'Role'
// :param ids => ['backend-developer', 'platform-engineer']
UNWIND $ids AS id
CALL (id) {
  WITH id WHERE $label = 'Role' MATCH (n:Role {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Skill' MATCH (n:Skill {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Tool' MATCH (n:Tool {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Practice' MATCH (n:Practice {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Metric' MATCH (n:Metric {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Source' MATCH (n:Source {id: id}) RETURN n
}
RETURN id, n {.*} AS node
