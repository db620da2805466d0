// The phrase extractor alone on the one-page CV of scripts/text-memory.ts (no embedding, no HTTP): the
// extractor's build time, the live heap at the build's peak and once built (above the heap before, with the
// labels already read), and read() p50 over --runs, on the graph of NEO4J_URI (read-only).
//   node --expose-gc --import tsx scripts/extract-timing.ts [--runs 200] [--peak]
// --peak samples the live heap (a full collection) between the build's slices: the build then takes longer.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { parseArgs } from 'node:util';
import { neo4jConfig } from '../src/config.js';
import { loadPhraseNodes } from '../src/extract/load.js';
import { SkillExtractor } from '../src/extract/extractor.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { connect } from '../src/store/connect.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, peak: { type: 'boolean' } } });
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  return v8.getHeapStatistics().used_heap_size / 2 ** 20;
};
const text = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'quality', 'texts', '13-cv-backend-java-senior.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const CV = text.slice(0, text.lastIndexOf('\n', 3_000)).trim();
const { graph } = await connect(neo4jConfig(), () => {});
const nodes = await loadPhraseNodes(graph);
await graph.close();
const before = heap();
let peak = 0;
const sampler = values.peak ? setInterval(() => (peak = Math.max(peak, heap() - before)), 0) : undefined;
let t = performance.now();
const x = await SkillExtractor.build(nodes, () => -1);
const buildMs = performance.now() - t;
clearInterval(sampler);
const held = heap() - before;
const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  t = performance.now();
  x.read(CV);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${nodes.length} nodes, ${x.size} states: build ${Math.round(buildMs)} ms${values.peak ? `, live peak ${peak.toFixed(1)} MB` : ''}, held ${held.toFixed(1)} MB; read() on ${CV.length} characters p50 ${times[times.length >> 1].toFixed(2)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms; ${x.read(CV).found.length} found`);
