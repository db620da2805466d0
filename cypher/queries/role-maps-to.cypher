// Taxonomy occupations a curated role maps to (Role.mapsTo), close matches first.
// Batched over parents (one round trip per GraphQL field per request): at most $first items per parent,
// far nodes optionally filtered by origin.
// :param ids => ['backend-developer']
// :param first => 20
// :param origin => null
UNWIND $ids AS id
MATCH (n:Role {id: id})
CALL (n) {
  MATCH (n)-[e:MAPS_TO]->(m:Role)
  WHERE $origin IS NULL OR m.origin = $origin
  RETURN e, m ORDER BY e.match = 'close' DESC, m.name, m.id LIMIT toInteger($first)
}
RETURN id, collect(e {.*, node: m {.*}}) AS items
