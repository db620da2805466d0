// Removes the crosswalk links that data/crosswalk.yaml no longer lists (or whose ends are gone);
// $pairs are the [curated role id, target id] links kept.
// :param pairs => [['backend-developer', '15-1252.00']]
MATCH (a:Role)-[r:MAPS_TO {origin: 'crosswalk'}]->(b:Role)
WHERE NOT [a.id, b.id] IN $pairs
DELETE r
