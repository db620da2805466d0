// Every skill, tool and practice the linker compares (src/linking/concepts.ts): its label, origin, names and
// what disambiguates it (an O*NET tool's commodity, the start of its description), and how many roles
// require or use it. No parameters.
MATCH (n) WHERE (n:Skill OR n:Tool OR n:Practice) AND n.id IS NOT NULL
RETURN n.id AS id,
       [l IN labels(n) WHERE l IN ['Skill', 'Tool', 'Practice']][0] AS label,
       n.origin AS origin,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.commodityTitle AS commodity,
       n.skillType AS skillType,
       left(coalesce(n.description, ''), 400) AS description,
       COUNT { (n)<-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]-(:Role) } AS roles
