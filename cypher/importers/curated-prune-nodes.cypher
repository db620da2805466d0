// Re-seed clean-up: deletes the curated nodes that data/curated/ no longer holds, with their
// relationships. $keys are the nodes kept, as [label, id].
// :param origin => 'curated'
// :param labels => ['Role', 'Skill', 'Tool']
// :param keys => [['Role', 'backend-developer'], ['Skill', 'api-design']]
MATCH (n:$any($labels))
WHERE n.origin = $origin AND NOT [labels(n)[0], n.id] IN $keys
DETACH DELETE n
