// `rolegraph stats`: nodes counted by label, split by origin (curated, esco, onet, ...; '-' for none).
MATCH (n)
UNWIND labels(n) AS name
RETURN name, coalesce(n.origin, '-') AS origin, count(*) AS count
ORDER BY name, origin
