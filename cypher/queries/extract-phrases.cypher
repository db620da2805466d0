// Every skill, tool and practice with its name, aliases, origin and how many roles use it: the phrases
// extractSkills matches a text against (src/extract/). Read once per graph version.
MATCH (n)
WHERE n:Skill OR n:Tool OR n:Practice
RETURN CASE WHEN n:Skill THEN 'skill' WHEN n:Tool THEN 'tool' ELSE 'practice' END AS kind,
       n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.origin AS origin,
       COUNT { (n)<-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]-(:Role) } AS roles
