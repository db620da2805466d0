// npx tsx bench/cpu-summary.ts <file.cpuprofile> [top]
// Where a V8 CPU profile (node --cpu-prof, e.g. from `npm run bench -- --cpu-prof`) spends its time:
// self time by function and by file, and inclusive time of the project's own functions.
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
if (!file) throw new Error('usage: tsx bench/cpu-summary.ts <file.cpuprofile> [top]');
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfMs = new Map<number, number>();
prof.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const short = (url: string) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, '~/').replace(/.*\/main\//, '');
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

function tally(key: (n: Node) => string, inclusive = false) {
  const acc = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    if (!inclusive) {
      const k = key(byId.get(id)!);
      acc.set(k, (acc.get(k) ?? 0) + ms);
      continue;
    }
    // Inclusive: credit every distinct project frame on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!/\/main\/src\//.test(n.callFrame.url)) continue;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      acc.set(k, (acc.get(k) ?? 0) + ms);
    }
  }
  return [...acc.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const print = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [k, ms] of rows) console.log(`${((ms / total) * 100).toFixed(1).padStart(6)}%  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
print('Self time by function', tally(label));
print('Self time by file / package', tally((n) => {
  const u = short(n.callFrame.url);
  return u.startsWith('~/') ? u.split('/').slice(0, u.startsWith('~/@') ? 3 : 2).join('/') : u || `(${n.callFrame.functionName || 'native'})`;
}));
print('Inclusive time of project functions (src/)', tally(label, true));
