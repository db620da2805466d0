// Roles that require a skill, most important first (Skill.roles).
// Batched over parents (one round trip per GraphQL field per request): at most $first items per parent,
// far nodes optionally filtered by origin.
// :param ids => ['api-design']
// :param first => 20
// :param origin => null
UNWIND $ids AS id
MATCH (n:Skill {id: id})
CALL (n) {
  MATCH (n)<-[e:REQUIRES_SKILL]-(m:Role)
  WHERE $origin IS NULL OR m.origin = $origin
  RETURN e, m ORDER BY e.importance DESC, m.name, m.id LIMIT toInteger($first)
}
RETURN id, collect(e {.*, node: m {.*}}) AS items
