// The phrase automaton and the extraction rules, without a database: matching over many phrases in one
// pass, word boundaries, the case rules for everyday words, vendor-less product names, negation.
import { describe, expect, it } from 'vitest';
import { longestNonOverlapping, PhraseAutomaton } from '../../../src/extract/automaton.js';
import { excludedRanges } from '../../../src/extract/context.js';
import { SkillExtractor, type PhraseNode } from '../../../src/extract/extractor.js';
import { matchForm, tokenize } from '../../../src/extract/tokens.js';

describe('PhraseAutomaton', () => {
  it('finds every phrase, overlapping ones included, in one pass', () => {
    const a = new PhraseAutomaton<string>();
    for (const p of ['spring', 'spring boot', 'boot camp', 'camp']) a.add(p.split(' '), p);
    const found = a.matchAll('we run a spring boot camp'.split(' ')).map((m) => `${m.value}@${m.from}-${m.to}`);
    expect(found.sort()).toEqual(['boot camp@4-6', 'camp@5-6', 'spring boot@3-5', 'spring@3-4'].sort());
    expect(longestNonOverlapping(a.matchAll('we run a spring boot camp'.split(' '))).map((m) => m.value)).toEqual(['spring boot', 'camp']);
  });

  it('keeps the first value of a phrase added twice, or the one prefer() chooses; get() finds exactly one phrase', () => {
    const a = new PhraseAutomaton<number>();
    const lower = (x: number, kept: number) => x < kept;
    a.add(['unit', 'testing'], 5, lower);
    a.add(['unit', 'testing'], 3, lower);
    a.add(['unit', 'testing'], 4, lower);
    a.add(['unit'], 9);
    a.add(['unit'], 1);
    a.build();
    expect(a.get(['unit', 'testing'])).toBe(3);
    expect(a.get(['unit'])).toBe(9);
    expect(a.get(['testing'])).toBeUndefined();
    expect(a.get(['unit', 'testing', 'x'])).toBeUndefined();
    expect(a.matchAll(['unit', 'testing']).map((m) => m.value).sort()).toEqual([3, 9]);
  });

  it('finds phrases under a state with many children (looked up in a map while building)', () => {
    const a = new PhraseAutomaton<string>();
    for (let i = 0; i < 100; i++) a.add(['tool', 'number', `n${i}`, 'pro'], `t${i}`);
    a.add(['number', 'n7'], 'short');
    expect(a.matchAll(['tool', 'number', 'n42', 'pro', 'number', 'n7']).map((m) => `${m.value}@${m.from}`)).toEqual(['t42@0', 'short@4']);
    expect(a.get(['tool', 'number', 'n99', 'pro'])).toBe('t99');
  });

  it('follows failure links across a partial match', () => {
    const a = new PhraseAutomaton<string>();
    a.add(['a', 'b', 'c'], 'abc');
    a.add(['b', 'd'], 'bd');
    expect(a.matchAll(['a', 'b', 'd']).map((m) => m.value)).toEqual(['bd']);
  });

  it('agrees with a brute-force scan on random phrases and texts', () => {
    const vocab = ['a', 'b', 'c', 'd'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const phrases = Array.from({ length: 40 }, () => Array.from({ length: 1 + rnd(3) }, () => vocab[rnd(4)]));
    const a = new PhraseAutomaton<string>();
    for (const p of phrases) a.add(p, p.join(' '));
    for (let t = 0; t < 20; t++) {
      const text = Array.from({ length: 15 }, () => vocab[rnd(4)]);
      const expected = new Set<string>();
      for (const p of new Set(phrases.map((p) => p.join(' ')))) {
        const w = p.split(' ');
        for (let i = 0; i + w.length <= text.length; i++) if (w.every((x, j) => text[i + j] === x)) expected.add(`${p}@${i}`);
      }
      expect(new Set(a.matchAll(text).map((m) => `${m.value}@${m.from}`))).toEqual(expected);
    }
  });
});

describe('tokens', () => {
  it('keeps product spellings whole and compares plurals as singulars', () => {
    expect(tokenize('C++, C#, Node.js and .NET on CI/CD').map((t) => t.norm)).toEqual(['c++', 'c#', 'node.js', 'and', '.net', 'on', 'ci', 'cd']);
    expect(tokenize('REST APIs').map((t) => t.norm)).toEqual(['rest', 'api']);
    expect(matchForm('Kubernetes')).toBe(matchForm('kubernetes'));
    expect(matchForm('class')).toBe('class');
  });
});

describe('excludedRanges', () => {
  it('leaves out negated sentences, negated sections and boilerplate', () => {
    const text = 'We use Python daily.\nNo PHP here.\n## What we don\'t need\nJava\n## Stack\nGo\nWe are an equal opportunity employer and use Rust.';
    const ex = excludedRanges(text);
    const out = (w: string) => ex.some((s) => text.indexOf(w) >= s.start && text.indexOf(w) < s.end);
    expect(['Python', 'Go'].map(out)).toEqual([false, false]);
    expect(['PHP', 'Java', 'Rust'].map(out)).toEqual([true, true, true]);
  });
});

const node = (id: string, name: string, extra: Partial<PhraseNode> = {}): PhraseNode => ({ kind: 'tool', id, name, aliases: [], origin: 'onet', roles: 3, ...extra });

describe('SkillExtractor', () => {
  const nodes = [
    node('go', 'Go', { origin: 'curated' }),
    node('react', 'React', { origin: 'curated' }),
    node('ps', 'Microsoft PowerShell'),
    node('pay', 'Intuit QuickBooks Payments'),
    node('k8s', 'Kubernetes', { origin: 'curated', aliases: ['K8s'] }),
    node('esco-k8s', 'Kubernetes', { kind: 'skill', origin: 'esco' }),
    node('prog', 'computer programming', { kind: 'skill', origin: 'esco', aliases: ['Bash', 'software coding'] }),
    node('writing', 'Writing', { kind: 'skill', origin: 'onet' }),
    node('mon', 'Monitoring', { kind: 'skill', origin: 'curated' }),
    node('node', 'Node.js', { origin: 'curated' }),
  ];
  const concept = new Map([['k8s', 1], ['esco-k8s', 1]]);
  const x = new SkillExtractor(nodes, (id) => concept.get(id) ?? -1);
  const ids = (text: string) => x.extract(text).map((e) => e.node.id).sort();

  it('writes everyday words of tools as their labels do', () => {
    expect(ids('We write Go and React.')).toEqual(['go', 'react']);
    expect(ids('Ready to go? You will react quickly.')).toEqual([]);
  });

  it('takes an everyday word of a tool in any case inside a list of tools', () => {
    expect(ids('stack is node js + react + kubernetes')).toEqual(['k8s', 'node', 'react']);
    expect(ids('kubernetes, go and react')).toEqual(['go', 'k8s', 'react']);
    expect(ids('kubernetes lets you react quickly')).toEqual(['k8s']);
    expect(ids('No kubernetes, react')).toEqual([]);
  });

  it('knows a product without its vendor, but not a plain word left from a product name', () => {
    expect(ids('Scripting in PowerShell.')).toEqual(['ps']);
    expect(ids('Payments are our business.')).toEqual([]);
  });

  it('resolves one concept once, whichever source names it, curated first', () => {
    const [k] = x.extract('Kubernetes and more Kubernetes, k8s too? K8s!');
    expect(k.node.id).toBe('k8s');
    expect(k.concept).toBe(1);
    expect(k.mentions.map((m) => m.text)).toEqual(['Kubernetes', 'Kubernetes', 'k8s', 'K8s']);
  });

  it('ignores single-word ESCO aliases and everyday words naming imported skills, keeps the curated vocabulary', () => {
    expect(ids('Bash scripts, writing docs, monitoring dashboards.')).toEqual(['mon']);
    expect(ids('software coding')).toEqual(['prog']);
  });

  it('matches the spellings of dotted names and reports spans', () => {
    const [n] = x.extract('Services in node js.');
    expect(n.node.id).toBe('node');
    expect(n.mentions[0]).toMatchObject({ start: 12, end: 19, text: 'node js' });
  });

  it('takes a curated tool written with one typo, not an imported one', () => {
    const [k] = x.extract('We run kubernets in prod.');
    expect(k).toMatchObject({ node: { id: 'k8s' }, by: 'typo', confidence: 0.7 });
    expect(ids('Scripting in PowerShel.')).toEqual([]);
  });

  it('does not take negated mentions', () => {
    expect(ids('No React or Go here.')).toEqual([]);
    expect(ids('No React here; we use Go.')).toEqual(['go']);
    expect(ids('We use Go.\nYou will not touch React.')).toEqual(['go']);
  });

  it('builds in slices that hand the event loop back, to the same extractor', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => node(`t${i}`, `Tool Number ${i} Pro`, { aliases: [`TN${i}`] }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const built = await SkillExtractor.build([...nodes, ...many], (id) => concept.get(id) ?? -1, 5);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    const text = 'We write Go, Tool Number 123 Pro and TN77 on Kubernetes.';
    const sync = new SkillExtractor([...nodes, ...many], (id) => concept.get(id) ?? -1);
    expect(built.extract(text)).toEqual(sync.extract(text));
    expect(built.extract(text).map((e) => e.node.id)).toEqual(expect.arrayContaining(['go', 't123', 't77', 'k8s']));
  });
});
