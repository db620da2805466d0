// Roles a role collaborates with (Role.collaborators). COLLABORATES_WITH is stored one way but read both
// ways; a pair linked in both directions appears once.
// Batched over parents (one round trip per GraphQL field per request): at most $first items per parent.
// :param ids => ['backend-developer']
// :param first => 20
// :param origin => null
UNWIND $ids AS id
MATCH (n:Role {id: id})
CALL (n) {
  MATCH (n)-[e:COLLABORATES_WITH]-(m:Role)
  WHERE $origin IS NULL OR m.origin = $origin
  WITH m, collect(e)[0] AS e
  RETURN e, m ORDER BY m.name, m.id LIMIT toInteger($first)
}
RETURN id, collect(e {.*, node: m {.*}}) AS items
