// The roles data/crosswalk.yaml names (curated roles and their ESCO / O*NET targets), to check that both
// ends of each link are loaded and that each target's name matches the file.
// :param ids => ['backend-developer', 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1', '15-1252.00']
MATCH (r:Role)
WHERE r.id IN $ids
RETURN r.id AS id, r.name AS name, r.origin AS origin
