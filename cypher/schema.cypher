// rolegraph schema: one uniqueness constraint on `id` per label, lookup indexes, and the
// full-text index behind `search`. Every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tool_id IF NOT EXISTS FOR (n:Tool) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT responsibility_id IF NOT EXISTS FOR (n:Responsibility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT challenge_id IF NOT EXISTS FOR (n:Challenge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trend_id IF NOT EXISTS FOR (n:Trend) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hiring_criterion_id IF NOT EXISTS FOR (n:HiringCriterion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
// ESCO hierarchy nodes (ISCO occupation groups, skill groups) written by the ESCO importer.
CREATE CONSTRAINT occupation_group_id IF NOT EXISTS FOR (n:OccupationGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_group_id IF NOT EXISTS FOR (n:SkillGroup) REQUIRE n.id IS UNIQUE;

// `origin` tells curated, ESCO, O*NET and API-written nodes apart (filters, prune on re-seed).
CREATE INDEX role_origin IF NOT EXISTS FOR (n:Role) ON (n.origin);
CREATE INDEX skill_origin IF NOT EXISTS FOR (n:Skill) ON (n.origin);
CREATE INDEX tool_origin IF NOT EXISTS FOR (n:Tool) ON (n.origin);
CREATE INDEX practice_origin IF NOT EXISTS FOR (n:Practice) ON (n.origin);
// Name order of the pages (roles(first:, after:) walks this index and stops after the page).
CREATE INDEX role_name IF NOT EXISTS FOR (n:Role) ON (n.name);
CREATE INDEX skill_name IF NOT EXISTS FOR (n:Skill) ON (n.name);
CREATE INDEX tool_name IF NOT EXISTS FOR (n:Tool) ON (n.name);
CREATE INDEX practice_name IF NOT EXISTS FOR (n:Practice) ON (n.name);

// Full-text search over names, aliases and descriptions. Full-text indexes cannot index lists, so
// every node also stores `aliasesText` (aliases joined with " | ").
CREATE FULLTEXT INDEX search_index IF NOT EXISTS FOR (n:Role|Skill|Tool|Practice) ON EACH [n.name, n.aliasesText, n.description];

// Name keys: every folded name and alias (src/domain/names.ts nameKey) of a node is an element of its `keys`
// list; this index holds each element as one Lucene term (keyword analyzer), so role(name:), skill(name:), ...
// are a term lookup and search's "starts with" tier a prefix query, with nothing for writers to maintain.
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS FOR (n:Role|Skill|Tool|Practice|Metric|Source) ON EACH [n.keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
