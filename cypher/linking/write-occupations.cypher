// Replaces the linker's occupation links (MAPS_TO with origin 'link'): an O*NET occupation and the ESCO
// occupation nearest to it by title and description, with the cosine as score and match close or broad.
// The curated crosswalk (origin 'crosswalk') is left alone.
// :param rows => [{from: '15-1252.00', to: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1', score: 0.91, match: 'close'}]
CALL () {
  MATCH (:Role)-[old:MAPS_TO {origin: 'link'}]->(:Role) DELETE old
}
UNWIND $rows AS row
MATCH (a:Role {id: row.from}), (b:Role {id: row.to})
CREATE (a)-[:MAPS_TO {origin: 'link', method: 'embedding', score: row.score, match: row.match, basis: 'nearest occupation by title and description'}]->(b)
RETURN count(*) AS written
