// Nodes of one label by id, in one round trip (the DataLoader behind every node lookup).
// :param label => 'Role'
// :param ids => ['backend-developer', 'platform-engineer']
UNWIND $ids AS id
MATCH (n {id: id})
WHERE $label IN labels(n)
RETURN id, n {.*} AS node
