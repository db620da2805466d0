// Which label each id belongs to (node(id:), nodes(ids:)): one UNION branch per node label, so each id
// is a unique-index seek rather than a scan of every node. Ids are unique across labels; an id that is
// not a node of these labels has no row.
// :param ids => ['backend-developer', 'docker', 'bd-vs-dxe']
UNWIND $ids AS id
CALL (id) {
  MATCH (:Role {id: id}) RETURN 'Role' AS label
  UNION
  MATCH (:Skill {id: id}) RETURN 'Skill' AS label
  UNION
  MATCH (:Tool {id: id}) RETURN 'Tool' AS label
  UNION
  MATCH (:Practice {id: id}) RETURN 'Practice' AS label
  UNION
  MATCH (:Metric {id: id}) RETURN 'Metric' AS label
  UNION
  MATCH (:Source {id: id}) RETURN 'Source' AS label
}
RETURN id, collect(label)[0] AS label
