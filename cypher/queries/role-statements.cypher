// Responsibilities, challenges, trends and hiring criteria of a role, all four in one query
// (Role.responsibilities, .challenges, .trends, .hiringCriteria); `kind` is the relationship type.
// :param ids => ['backend-developer']
UNWIND $ids AS id
MATCH (n:Role {id: id})
CALL (n) {
  MATCH (n)-[e:HAS_RESPONSIBILITY|FACES_CHALLENGE|FOLLOWS_TREND|HAS_HIRING_CRITERION]->(m)
  RETURN e, m ORDER BY m.name, m.id
}
RETURN id, collect(e {.*, kind: type(e), node: m {.*}}) AS items
