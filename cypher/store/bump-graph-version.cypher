// Bumps the graph version: every writer (seed, importers, curation mutations) runs this after writing,
// so each API process's analytics projection notices within its check interval and reloads.
MERGE (m:Meta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime() RETURN m.version AS version
