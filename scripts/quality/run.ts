// `npm run quality`: measures answer quality on the hand-labelled data (data/quality) against the graph in
// NEO4J_URI (default the local Neo4j, which must hold the full ESCO + O*NET + curated import, linked) and
// writes docs/quality.md. Options:
//   --api URL        measure another running rolegraph (e.g. an older version, for the "before" figures)
//                    instead of starting this one in-process
//   --label NAME     save the figures as data/quality/results/NAME.json (default "after")
//   --old            the API at --api predates `origins` (ask for more similar roles and filter)
//   --report         only render docs/quality.md from the saved before/after figures
//   --texts          only measure the labelled texts again, into the saved figures of --label
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { neo4jConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import { connect } from '../../src/store/connect.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { gqlClient, measureOwnMatch, measureSimilar, measureTfIdf, measureTransitions, relatedOccupations } from './engine.js';
import { linkQuality } from './links.js';
import { renderQuality, type QualityFigures } from './report.js';
import { measureTexts } from './texts.js';

const RESULTS = path.join(PROJECT_ROOT, 'data', 'quality', 'results');

async function main() {
  const { values } = parseArgs({ options: { api: { type: 'string' }, label: { type: 'string', default: 'after' }, old: { type: 'boolean' }, report: { type: 'boolean' }, quick: { type: 'boolean' }, texts: { type: 'boolean' } } });
  if (!values.report) {
    const { graph } = await connect({ ...neo4jConfig(), queryTimeoutMs: 300_000 }, (l) => process.stderr.write(`${l}\n`));
    let close = async () => {};
    let url = values.api;
    if (!url) {
      const app = await buildApp(graph, { log: () => {}, limits: { maxRoundTrips: 1_000, deadlineMs: 60_000 } });
      url = `http://127.0.0.1:${await app.listen(0)}/graphql`;
      close = () => app.close();
    }
    const gql = gqlClient(url);
    const say = (line: string) => process.stderr.write(`quality: ${line}\n`);
    try {
      if (values.texts) {
        const file = path.join(RESULTS, `${values.label}.json`);
        const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as QualityFigures;
        say('texts');
        fs.writeFileSync(file, JSON.stringify({ ...saved, texts: await measureTexts(gql) }, null, 2) + '\n');
      } else {
        say('links');
        const links = values.old ? null : await linkQuality(graph);
        say('transitions');
        const transitions = await measureTransitions(gql);
        say('similar roles vs O*NET related occupations');
        const held = await relatedOccupations(graph, 'odd');
        const tuned = await relatedOccupations(graph, 'even');
        const similar = { heldOut: await measureSimilar(gql, held, !values.old), tuned: await measureSimilar(gql, tuned, !values.old), tfidf: await measureTfIdf(graph, held) };
        say('matchRoles on every role\'s own skills');
        const match = await measureOwnMatch(graph, gql, values.quick ? 300 : Infinity);
        say('texts');
        const texts = values.old ? undefined : await measureTexts(gql);
        const figures: QualityFigures = { label: values.label!, measuredAt: new Date().toISOString(), links, transitions, similar, match, texts };
        fs.mkdirSync(RESULTS, { recursive: true });
        fs.writeFileSync(path.join(RESULTS, `${values.label}.json`), JSON.stringify(figures, null, 2) + '\n');
        say(`saved data/quality/results/${values.label}.json`);
      }
    } finally {
      await close();
      await graph.close();
    }
  }
  const load = (label: string): QualityFigures | null => {
    const file = path.join(RESULTS, `${label}.json`);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as QualityFigures) : null;
  };
  const after = load('after');
  if (after) {
    fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'quality.md'), renderQuality(load('before'), after, { before: load('texts-before')?.texts, skillsOnly: load('texts-skills-only')?.texts }));
    process.stderr.write('quality: wrote docs/quality.md\n');
  }
}

main().catch((err) => {
  process.stderr.write(`quality: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
