// Compares concept-text recipes (src/semantic/conceptText.ts) on known pairs from the full graph:
// the same skill, tool or occupation named by two origins, and free-text queries with a known answer.
// For each recipe it embeds a fixed pool of concepts and reports where the right answer ranks.
//   npx tsx src/semantic/eval/compareConceptTexts.ts [--threads 2]
// Needs the full import (ESCO + O*NET + curated) in the configured Neo4j (NEO4J_URI, or the local one).
import { createHash } from 'node:crypto';
import { neo4jConfig } from '../../config.js';
import { connect } from '../../store/connect.js';
import { cypher } from '../../store/cypherFiles.js';
import { conceptTextWith, type ConceptFields, type TextRecipe } from '../conceptText.js';
import { Embedder } from '../embedder.js';
import { cosine } from '../vectors.js';

type Ref = [origin: string, name: string];
/** A concept of one origin and the concepts of other origins that name the same thing. */
const SAME_THING: [Ref, Ref[]][] = [
  [['esco', 'Python (computer programming)'], [['onet', 'Python'], ['curated', 'Python']]],
  [['esco', 'Java (computer programming)'], [['curated', 'Java'], ['onet', 'Oracle Java']]],
  [['esco', 'JavaScript'], [['onet', 'JavaScript'], ['curated', 'JavaScript']]],
  [['esco', 'PostgreSQL'], [['onet', 'PostgreSQL'], ['curated', 'PostgreSQL']]],
  [['esco', 'SQL'], [['onet', 'Structured query language SQL']]],
  [['esco', 'Ruby (computer programming)'], [['onet', 'Ruby']]],
  [['esco', 'Swift (computer programming)'], [['onet', 'Swift']]],
  [['esco', 'Pascal (computer programming)'], [['onet', 'Pascal']]],
  [['esco', 'Prolog (computer programming)'], [['onet', 'Prolog']]],
  [['esco', 'Chef (tools for software configuration management)'], [['onet', 'Chef']]],
  [['esco', 'Puppet (tools for software configuration management)'], [['onet', 'Puppet']]],
  [['esco', 'Jenkins (tools for software configuration management)'], [['onet', 'Jenkins CI']]],
  [['esco', 'Perl'], [['onet', 'Perl']]],
  [['esco', 'Scala'], [['onet', 'Scala']]],
  [['esco', 'MATLAB'], [['onet', 'The MathWorks MATLAB']]],
  [['esco', 'SAS language'], [['onet', 'SAS']]],
  [['esco', 'Oracle Relational Database'], [['onet', 'Oracle Database']]],
  [['esco', 'SQL Server'], [['onet', 'Microsoft SQL Server']]],
  [['esco', 'Objective-C'], [['onet', 'Objective C']]],
  [['esco', 'Groovy'], [['onet', 'Apache Groovy']]],
  [['esco', 'Hadoop'], [['onet', 'Apache Hadoop']]],
  [['esco', 'Eclipse (integrated development environment software)'], [['onet', 'Eclipse IDE']]],
  [['esco', 'use word processing software'], [['onet', 'Microsoft Word']]],
  [['esco', 'use presentation software'], [['onet', 'Microsoft PowerPoint']]],
  [['esco', 'cloud technologies'], [['onet', 'Microsoft Azure software'], ['onet', 'Google Cloud software'], ['onet', 'Amazon Web Services AWS software'], ['curated', 'AWS']]],
  [['curated', 'Docker'], [['onet', 'Docker']]],
  [['curated', 'Kubernetes'], [['onet', 'Kubernetes']]],
  [['curated', 'AWS'], [['onet', 'Amazon Web Services AWS software']]],
  [['curated', 'Version Control'], [['esco', 'tools for software configuration management'], ['onet', 'Git']]],
  [['curated', 'Infrastructure-as-Code (IaC)'], [['esco', 'Ansible'], ['esco', 'Puppet (tools for software configuration management)'], ['esco', 'Chef (tools for software configuration management)']]],
  [['esco', 'software developer'], [['onet', 'Software Developers']]],
  [['esco', 'data scientist'], [['onet', 'Data Scientists']]],
  [['esco', 'web developer'], [['onet', 'Web Developers']]],
  [['esco', 'database administrator'], [['onet', 'Database Administrators'], ['curated', 'Database Administrator']]],
  [['esco', 'accountant'], [['onet', 'Accountants and Auditors']]],
  [['esco', 'ICT system administrator'], [['onet', 'Network and Computer Systems Administrators']]],
  [['esco', 'nurse responsible for general care'], [['onet', 'Registered Nurses']]],
  [['onet', 'Chief Executives'], [['esco', 'chief executive officer']]],
  [['onet', 'Computer Programmers'], [['esco', 'software developer']]],
  [['esco', 'software tester'], [['onet', 'Software Quality Assurance Analysts and Testers']]],
  [['esco', 'graphic designer'], [['onet', 'Graphic Designers']]],
  [['esco', 'civil engineer'], [['onet', 'Civil Engineers']]],
  [['esco', 'chef'], [['onet', 'Chefs and Head Cooks']]],
  [['esco', 'police officer'], [['onet', "Police and Sheriff's Patrol Officers"]]],
  [['esco', 'user interface designer'], [['onet', 'Web and Digital Interface Designers']]],
  [['esco', 'ICT network administrator'], [['onet', 'Network and Computer Systems Administrators']]],
  [['curated', 'Backend Developer'], [['esco', 'software developer'], ['onet', 'Software Developers'], ['esco', 'web developer']]],
  [['curated', 'Frontend Developer'], [['esco', 'web developer'], ['onet', 'Web Developers'], ['onet', 'Web and Digital Interface Designers']]],
];
/** Free text and the concepts (any origin) that answer it. */
const QUERIES: [string, Ref[]][] = [
  ['container orchestration', [['curated', 'Kubernetes'], ['onet', 'Kubernetes']]],
  ['version control', [['curated', 'Git'], ['onet', 'Git'], ['curated', 'Version Control'], ['esco', 'tools for software configuration management']]],
  ['spreadsheet software', [['onet', 'Microsoft Excel'], ['esco', 'use spreadsheets software']]],
  ['someone who builds tools and SDKs for other developers', [['curated', 'Developer Experience Engineer']]],
  ['keeping the books of a small business', [['esco', 'bookkeeper'], ['esco', 'maintain financial records'], ['esco', 'accountant']]],
  ['machine learning', [['esco', 'machine learning']]],
  ['relational database', [['curated', 'PostgreSQL'], ['onet', 'PostgreSQL'], ['esco', 'PostgreSQL'], ['esco', 'SQL'], ['curated', 'Database Management']]],
  ['cloud computing', [['esco', 'cloud technologies'], ['onet', 'Microsoft Azure software'], ['onet', 'Google Cloud software'], ['onet', 'Amazon Web Services AWS software'], ['curated', 'AWS']]],
  ['word processor', [['onet', 'Microsoft Word'], ['esco', 'use word processing software']]],
  ['issue and project tracking software', [['onet', 'Atlassian JIRA']]],
  ['someone who keeps the company servers running', [['esco', 'ICT system administrator'], ['onet', 'Network and Computer Systems Administrators'], ['esco', 'ICT network administrator']]],
  ['caring for patients on a hospital ward', [['esco', 'nurse responsible for general care'], ['onet', 'Registered Nurses']]],
  ['building an internal developer platform', [['curated', 'Platform Engineer'], ['curated', 'Internal Developer Platform (IDP)'], ['curated', 'Platform Engineering']]],
  ['infrastructure as code', [['curated', 'Infrastructure-as-Code (IaC)'], ['curated', 'Terraform'], ['onet', 'Terraform']]],
];

const RECIPES: Record<string, TextRecipe> = {
  'name': { aliases: 0, descriptionWords: 0, commodity: false },
  'name + 2 aliases': { aliases: 2, descriptionWords: 0, commodity: false },
  'name + 2 aliases + commodity': { aliases: 2, descriptionWords: 0, commodity: true },
  'name + 2 aliases + 25 words': { aliases: 2, descriptionWords: 25, commodity: false },
  'name + 2 aliases + commodity + 12 words': { aliases: 2, descriptionWords: 12, commodity: true },
  'name + 2 aliases + commodity + 25 words': { aliases: 2, descriptionWords: 25, commodity: true },
};

type Concept = ConceptFields & { id: string; origin: string };

/** A stable pseudo-random pick (by id hash), so every run and recipe sees the same pool. */
function sampled(id: string, share: number): boolean {
  return createHash('sha1').update(id).digest().readUInt32BE(0) / 2 ** 32 < share;
}

function key(origin: string, name: string): string {
  return `${origin}|${name.toLowerCase()}`;
}

async function main() {
  const threadsArg = process.argv.indexOf('--threads');
  const threads = threadsArg > 0 ? Number(process.argv[threadsArg + 1]) : 2;
  const { graph } = await connect(neo4jConfig(), (l) => process.stderr.write(`${l}\n`));
  const rows = await graph.read(cypher('semantic/concepts'));
  const origins = await graph.read('MATCH (n:Role|Skill|Tool|Practice) RETURN elementId(n) AS node, n.origin AS origin');
  await graph.close();
  const originOf = new Map(origins.map((r) => [r.node as string, r.origin as string]));
  const all: Concept[] = rows.filter((r) => r.name).map((r) => ({ ...r, origin: originOf.get(r.node) ?? '?' }) as Concept);
  const byKey = new Map(all.map((c) => [key(c.origin, c.name), c]));
  const resolve = (ref: Ref): Concept | undefined => {
    const c = byKey.get(key(...ref));
    if (!c) process.stderr.write(`not in the graph: ${ref.join(' ')}\n`);
    return c;
  };
  // Pool: everything curated, every occupation, the ESCO programming-language skills (hard negatives
  // for each other), a fixed sample of the rest, and every concept named above.
  const found = (refs: Ref[]) => refs.map(resolve).filter((c): c is Concept => c !== undefined);
  const pairs = SAME_THING.map(([q, ts]) => ({ query: resolve(q), targets: found(ts) }))
    .filter((p): p is { query: Concept; targets: Concept[] } => p.query !== undefined && p.targets.length > 0);
  const queries = QUERIES.map(([text, ts]) => ({ text, targets: found(ts) })).filter((q) => q.targets.length > 0);
  const named = new Set<Concept>([...pairs.flatMap((p) => [p.query, ...p.targets]), ...queries.flatMap((q) => q.targets)]);
  const pool = all.filter((c) => named.has(c) || c.origin === 'curated' || c.kind === 'Role'
    || /\(computer programming\)|software configuration management/.test(c.name) || sampled(c.id, 0.2));
  process.stderr.write(`pool: ${pool.length} concepts of ${all.length}\n`);

  const embedder = await Embedder.load({ threads });
  const queryVectors = await embedder.embed(queries.map((q) => q.text));
  console.log(`| recipe | pairs: hits@1 | hits@5 | MRR | queries: hits@1 | hits@5 | MRR | mean tokens | ms/text |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  for (const [label, recipe] of Object.entries(RECIPES)) {
    const texts = pool.map((c) => conceptTextWith(c, recipe));
    const t0 = performance.now();
    const vectors = await embedder.embed(texts);
    const msPerText = (performance.now() - t0) / texts.length;
    const vectorOf = new Map(pool.map((c, i) => [c, vectors[i]]));
    const rankOf = (q: Float32Array, targets: Concept[], exclude: (c: Concept) => boolean) => {
      const targetScore = Math.max(...targets.map((t) => cosine(q, vectorOf.get(t)!)));
      return 1 + pool.filter((c) => !exclude(c) && !targets.includes(c) && cosine(q, vectorOf.get(c)!) > targetScore).length;
    };
    // Linking looks across origins: the query's own origin is not a candidate.
    const pairRanks = pairs.map(({ query, targets }) => rankOf(vectorOf.get(query)!, targets, (c) => c.origin === query.origin));
    const queryRanks = queries.map(({ targets }, i) => rankOf(queryVectors[i], targets, () => false));
    const stats = (ranks: number[]) => [
      `${ranks.filter((r) => r === 1).length}/${ranks.length}`,
      `${ranks.filter((r) => r <= 5).length}/${ranks.length}`,
      (ranks.reduce((s, r) => s + 1 / r, 0) / ranks.length).toFixed(3),
    ];
    const tokens = texts.reduce((s, t) => s + embedder.tokenIds(t).length, 0) / texts.length;
    console.log(`| ${label} | ${[...stats(pairRanks), ...stats(queryRanks)].join(' | ')} | ${tokens.toFixed(1)} | ${msPerText.toFixed(2)} |`);
    if (process.argv.includes('--ranks')) console.log(`  pairs ${pairRanks.join(' ')}  queries ${queryRanks.join(' ')}`);
    if (process.argv.includes('--show')) {
      queries.forEach(({ text: q }, i) => {
        const top = pool.map((c) => [c, cosine(queryVectors[i], vectorOf.get(c)!)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
        console.log(`  "${q}": ${top.map(([c, s]) => `${c.origin} ${c.kind} ${c.name} ${s.toFixed(2)}`).join('; ')}`);
      });
    }
  }
  await embedder.release();
}

await main();
