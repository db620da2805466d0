// The career moves recorded in the graph, for the analytics projection: rows of parallel columns of
// internal node ids (see analytics-nodes), kind, stated (only a source article states a move; a dataset's
// recorded relatedness is not stated), O*NET rank and tier (-1 / '' when there is none, since collect()
// drops nulls and the columns must stay aligned). A row holds the moves of up to 64 roles. No parameters.
MATCH (r:Role)-[m:CAN_MOVE_TO]->(o:Role)
WITH r, m, o, id(r) / 64 AS bucket
RETURN bucket, collect(id(r)) AS roles, collect(id(o)) AS targets, collect(coalesce(m.kind, 'related')) AS kinds,
  collect(coalesce(m.stated, false)) AS stated, collect(coalesce(m.rank, -1)) AS ranks, collect(coalesce(m.tier, '')) AS tiers
