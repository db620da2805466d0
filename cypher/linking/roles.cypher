// The occupations the linker matches across sources (src/linking/occupations.ts). No parameters.
MATCH (r:Role) WHERE r.origin IN ['esco', 'onet']
RETURN r.id AS id, r.origin AS origin, r.name AS name
