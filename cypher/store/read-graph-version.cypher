// The graph version the analytics projection was loaded at; 0 before anything was ever written.
OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version
