// Which role stands for which occupation in another source (MAPS_TO: the curated crosswalk and the
// linker's ESCO ↔ O*NET links), as parallel columns of internal role ids (see analytics-nodes) and the
// match (close or broad). A role without requirements of its own borrows those of the occupations it
// maps to. No parameters.
MATCH (a:Role)-[m:MAPS_TO]->(b:Role)
RETURN collect(id(a)) AS roles, collect(id(b)) AS targets, collect(coalesce(m.match, 'broad')) AS matches
