// Roles that apply a practice (Practice.roles).
// Batched over parents (one round trip per GraphQL field per request): at most $first items per parent,
// far nodes optionally filtered by origin.
// :param ids => ['infrastructure-as-code']
// :param first => 20
// :param origin => null
UNWIND $ids AS id
MATCH (n:Practice {id: id})
CALL (n) {
  MATCH (n)<-[e:PRACTICES]-(m:Role)
  WHERE $origin IS NULL OR m.origin = $origin
  RETURN e, m ORDER BY m.name, m.id LIMIT toInteger($first)
}
RETURN id, collect(e {.*, node: m {.*}}) AS items
