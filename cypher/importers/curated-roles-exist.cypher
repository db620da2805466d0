// Whether any curated role is loaded: the crosswalk runs after an import or a seed only when one is.
MATCH (r:Role {origin: 'curated'})
RETURN count(r) > 0 AS any
