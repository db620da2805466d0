// `rolegraph stats`: relationships counted by type, split by origin (curated, esco, onet, crosswalk, ...).
MATCH ()-[r]->()
RETURN type(r) AS name, coalesce(r.origin, '-') AS origin, count(*) AS count
ORDER BY name, origin
