// The Neo4j Browser guide (:play http://127.0.0.1:4000/neo4j/guide.html): slides with runnable
// queries over the curated graph, walking from one role through overlaps and gaps to career paths.
// The queries are data, so the tests run every one of them against the seeded graph.
import { escapeHtml } from '../html.js';

export interface GuideQuery {
  /** What the result shows; the caption under the query. */
  caption: string;
  cypher: string;
}

export interface GuideSlide {
  title: string;
  /** Paragraphs of HTML; literal text only, escaped except for the <b>/<code> this module writes itself. */
  text: string[];
  queries: GuideQuery[];
}

export const GUIDE_SLIDES: readonly GuideSlide[] = [
  {
    title: 'rolegraph: roles, skills and career paths',
    text: [
      'A knowledge graph of technology roles: what they do, which skills and tools they need, and where each can lead.',
      'The curated part comes from three articles (every fact cites its <b>Source</b>); ESCO and O*NET imports add thousands of occupations.',
      'Start with the shape of the graph, then follow one person: a <b>Backend Developer</b> who wonders how to become a <b>Platform Engineer</b>.',
    ],
    queries: [
      { caption: 'How many nodes of each kind', cypher: 'MATCH (n)\nRETURN labels(n)[0] AS label, count(*) AS nodes\nORDER BY nodes DESC' },
      { caption: 'The curated roles and the moves between them', cypher: "MATCH (a:Role {origin: 'curated'})-[m:CAN_MOVE_TO]->(b:Role)\nRETURN a, m, b" },
    ],
  },
  {
    title: 'One role up close',
    text: [
      'A Backend Developer <b>REQUIRES_SKILL</b> skills with an importance from 1 (mentioned in passing) to 5 (the primary focus); the style prints it on every arrow.',
      'Tools hang off the role with <b>USES_TOOL</b>; click a node to see its properties, including <code>sources</code>.',
    ],
    queries: [
      {
        caption: 'Backend Developer, its skills and its tools',
        cypher: "MATCH (r:Role {id: 'backend-developer'})\nOPTIONAL MATCH (r)-[need:REQUIRES_SKILL]->(s:Skill)\nOPTIONAL MATCH (r)-[use:USES_TOOL]->(t:Tool)\nRETURN r, need, s, use, t",
      },
      {
        caption: 'Its most important skills, with the sources that state them',
        cypher: "MATCH (:Role {id: 'backend-developer'})-[need:REQUIRES_SKILL]->(s:Skill)\nRETURN s.name AS skill, need.importance AS importance, need.stated AS stated, need.sources AS sources\nORDER BY importance DESC, skill",
      },
    ],
  },
  {
    title: 'Overlap: what two roles share',
    text: [
      'Backend Developer and Developer Experience Engineer meet in the middle: the skills both require.',
      'Jaccard similarity is |shared| / |all skills of either|; the API\'s <code>compareRoles</code> also weighs the shared skills by importance.',
    ],
    queries: [
      {
        caption: 'The shared skills, as a graph',
        cypher: "MATCH (a:Role {id: 'backend-developer'})-[ra:REQUIRES_SKILL]->(s:Skill)<-[rb:REQUIRES_SKILL]-(b:Role {id: 'developer-experience-engineer'})\nRETURN a, ra, s, rb, b",
      },
      {
        caption: 'Shared, unique and the Jaccard similarity, as numbers',
        cypher: "MATCH (a:Role {id: 'backend-developer'})-[:REQUIRES_SKILL]->(s:Skill)\nWITH a, collect(s.id) AS aSkills\nMATCH (b:Role {id: 'developer-experience-engineer'})-[:REQUIRES_SKILL]->(t:Skill)\nWITH a, b, aSkills, collect(t.id) AS bSkills\nWITH a, b, aSkills, bSkills, [x IN aSkills WHERE x IN bSkills] AS shared\nRETURN a.name AS role, b.name AS other, size(shared) AS shared,\n  size(aSkills) - size(shared) AS onlyFirst, size(bSkills) - size(shared) AS onlySecond,\n  round(toFloat(size(shared)) / (size(aSkills) + size(bSkills) - size(shared)), 3) AS jaccard",
      },
      {
        caption: 'The roles closest to Backend Developer by shared skills',
        cypher: "MATCH (a:Role {id: 'backend-developer'})-[:REQUIRES_SKILL]->(s:Skill)<-[:REQUIRES_SKILL]-(b:Role)\nWHERE b <> a\nRETURN b.name AS role, count(s) AS sharedSkills, collect(s.name)[0..5] AS examples\nORDER BY sharedSkills DESC, role\nLIMIT 10",
      },
    ],
  },
  {
    title: 'Gap: what is left to learn',
    text: [
      'Everything the Platform Engineer role requires that the Backend Developer role does not: the skill gap, most important first.',
      'Tools that <b>SUPPORTS</b> a missing skill are good places to start; <b>PREREQUISITE_OF</b> arrows, where present, give the learning order.',
    ],
    queries: [
      {
        caption: 'Which Platform Engineer skills a Backend Developer already has',
        cypher: "MATCH (to:Role {id: 'platform-engineer'})-[need:REQUIRES_SKILL]->(s:Skill)\nOPTIONAL MATCH (from:Role {id: 'backend-developer'})-[has:REQUIRES_SKILL]->(s)\nRETURN s.name AS skill, need.importance AS importance, has IS NOT NULL AS alreadyHave\nORDER BY alreadyHave, importance DESC, skill",
      },
      {
        caption: 'The missing skills, the tools that support them and their prerequisites',
        cypher: "MATCH (to:Role {id: 'platform-engineer'})-[need:REQUIRES_SKILL]->(s:Skill)\nWHERE NOT EXISTS { (:Role {id: 'backend-developer'})-[:REQUIRES_SKILL]->(s) }\nOPTIONAL MATCH (t:Tool)-[sup:SUPPORTS]->(s)\nOPTIONAL MATCH (p:Skill)-[pre:PREREQUISITE_OF]->(s)\nRETURN to, need, s, t, sup, p, pre",
      },
    ],
  },
  {
    title: 'Paths: how to get there',
    text: [
      '<b>CAN_MOVE_TO</b> records career moves; <code>stated</code> says whether an article states the move or it is inferred.',
      'Below, every route of up to three moves. The API\'s <code>careerPaths</code> ranks them by what each step asks you to learn, and adds moves inferred from similar skill sets.',
      'The evidence behind the API\'s answers, in the same concept space (nodes joined by <b>SAME_AS</b> count as one), is in the files in <code>cypher/browser/</code> of the repository (<code>compare-roles</code>, <code>similar-roles</code>, <code>skill-gap</code>, <code>next-roles</code>, <code>career-paths</code>, <code>match-roles</code>): paste one after the <code>:param</code> lines it opens with. Each header says what the API adds (weights, partial credit, text similarity).',
    ],
    queries: [
      {
        caption: 'Routes from Backend Developer to Platform Engineer, as a graph',
        cypher: "MATCH p = (:Role {id: 'backend-developer'})-[:CAN_MOVE_TO*1..3]->(:Role {id: 'platform-engineer'})\nRETURN p",
      },
      {
        caption: 'The same routes, step by step',
        cypher: "MATCH p = (:Role {id: 'backend-developer'})-[:CAN_MOVE_TO*1..3]->(:Role {id: 'platform-engineer'})\nRETURN [n IN nodes(p) | n.name] AS route,\n  [m IN relationships(p) | m.kind + CASE WHEN m.stated THEN ' (stated)' ELSE ' (inferred)' END] AS moves,\n  length(p) AS steps\nORDER BY steps, route",
      },
      {
        caption: 'Where a Backend Developer can go next',
        cypher: "MATCH (:Role {id: 'backend-developer'})-[m:CAN_MOVE_TO]->(next:Role)\nRETURN next.name AS role, m.kind AS kind, m.stated AS stated\nORDER BY stated DESC, role",
      },
    ],
  },
];

function slideHtml(slide: GuideSlide, index: number, total: number, extra: string): string {
  const text = slide.text.map((p) => `      <p>${p}</p>`).join('\n');
  const queries = slide.queries
    .map((q) => `      <figure>\n        <pre class="pre-scrollable code runnable">${escapeHtml(q.cypher)}</pre>\n        <figcaption>${escapeHtml(q.caption)}</figcaption>\n      </figure>`)
    .join('\n');
  return `  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>${escapeHtml(slide.title)} <small>${index + 1} / ${total}</small></h3>
${text}
${queries}${extra}
    </div>
  </slide>`;
}

/** The guide page. `apiOrigin` (e.g. http://127.0.0.1:4000) is where links back to the API point. */
export function guideHtml(apiOrigin: string): string {
  const origin = escapeHtml(apiOrigin);
  const last = `
      <p>The same questions, answered by the API: the <a href="${origin}/explore?from=backend-developer&amp;to=platform-engineer" target="_blank" rel="noopener">career-path explorer</a> and the <a href="${origin}/graphql" target="_blank" rel="noopener">GraphQL playground</a>.</p>
      <p>Style missing? Run it again:</p>
      <pre class="code runnable">:style ${origin}/neo4j/style.grass</pre>`;
  const slides = GUIDE_SLIDES.map((s, i) => slideHtml(s, i, GUIDE_SLIDES.length, i === GUIDE_SLIDES.length - 1 ? last : '')).join('\n');
  return `<article class="guide">
<carousel class="deck container-fluid">
${slides}
</carousel>
</article>
`;
}

/** All runnable Cypher in the guide, in slide order. */
export function guideQueries(): GuideQuery[] {
  return GUIDE_SLIDES.flatMap((s) => s.queries);
}
