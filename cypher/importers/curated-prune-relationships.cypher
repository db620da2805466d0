// Re-seed clean-up: deletes the curated relationships that data/curated/ no longer holds. $keys are the
// relationships kept, as [type, from label, from id, to label, to id]. Curated relationships start at
// curated nodes: anchoring there keeps the imported (ESCO, O*NET) edges out of the scan.
// :param origin => 'curated'
// :param labels => ['Role', 'Skill', 'Tool']
// :param types => ['REQUIRES_SKILL', 'USES_TOOL']
// :param keys => [['REQUIRES_SKILL', 'Role', 'backend-developer', 'Skill', 'api-design']]
MATCH (a:$any($labels))
WHERE a.origin = $origin
MATCH (a)-[r:$any($types)]->(b)
WHERE r.origin = $origin AND NOT [type(r), labels(a)[0], a.id, labels(b)[0], b.id] IN $keys
DELETE r
