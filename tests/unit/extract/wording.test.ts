// Skills named in other words than their labels' (src/extract/wording.ts and its use in the extractor),
// without a database: each rule with a case it finds and cases it must not.
import { describe, expect, it } from 'vitest';
import { clauseSpans, excludedRanges } from '../../../src/extract/context.js';
import { asProperName, SkillExtractor, type PhraseNode } from '../../../src/extract/extractor.js';
import { tokenize } from '../../../src/extract/tokens.js';
import { bagOf, lemma, WordingIndex } from '../../../src/extract/wording.js';

const lem = (w: string, verb = true) => lemma(tokenize(w)[0].norm, verb);
const bag = (label: string) => bagOf(tokenize(label));

describe('lemma', () => {
  it('meets inflections and nouns made from verbs', () => {
    expect(new Set(['design', 'designing', 'designed', 'designs'].map((w) => lem(w)))).toEqual(new Set(['design']));
    expect(lem('testing')).toBe(lem('tests'));
    expect(lem('planning')).toBe(lem('plans'));
    expect(lem('optimization')).toBe(lem('optimize'));
    expect(lem('management')).toBe(lem('managing'));
    expect(lem('built')).toBe(lem('develop'));
    expect(lem('implemented')).toBe(lem('development'));
  });

  it('keeps agent nouns apart from the activity, and folds the verbs of building only as verbs', () => {
    expect(lem('developer')).not.toBe(lem('development'));
    expect(lem('tester')).not.toBe(lem('testing'));
    expect(lem('buildings', false)).not.toBe(lem('build'));
  });
});

describe('bagOf', () => {
  it('drops light verbs, qualifiers and function words', () => {
    expect(bag('develop software prototypes')).toBe('develop prototyp');
    expect(bag('conduct ICT code review')).toBe(bag('code review'));
    expect(bag('perform software unit testing')).toBe(bag('Unit Testing'));
    expect(bag('API Design')).toBe(bag('designing APIs'));
  });

  it('takes one word only after a light verb, and only a specific one', () => {
    expect(bag('perform backups')).toBe('backup');
    expect(bag('use databases')).toBeNull();
    expect(bag('backups')).toBeNull();
    expect(bag('Python')).toBeNull();
  });

  it('keeps the order of words a preposition joins, and leaves long labels out', () => {
    expect(bag('Backend-for-Frontend')).toBe('>backend frontend');
    expect(bag('design the architecture of large distributed cloud data systems')).toBeNull();
  });
});

describe('WordingIndex', () => {
  const index = new WordingIndex<string>();
  for (const label of ['develop software prototypes', 'API Design', 'conduct ICT code review', 'Backend-for-Frontend', 'database performance', 'maintain database performance']) index.add(bag(label)!, label);
  const find = (text: string) => {
    const tokens = tokenize(text);
    return index.find(tokens.map((t) => lemma(t.norm)), 0, tokens.length).map((m) => m.value);
  };

  it('finds a label in other words, forms and orders', () => {
    expect(find('Built prototypes for clinics')).toEqual(['develop software prototypes']);
    expect(find('Experience designing APIs')).toEqual(['API Design']);
    expect(find('Git and code review on GitHub')).toEqual(['conduct ICT code review']);
    expect(find('a backend for frontend')).toEqual(['Backend-for-Frontend']);
  });

  it('does not take words too far apart, out of a preposition\'s order, or a smaller bag inside a larger one', () => {
    expect(find('prototypes that another team later built')).toEqual([]);
    expect(find('two frontend and three backend developers')).toEqual([]);
    expect(find('we maintain database performance')).toEqual(['maintain database performance']);
  });
});

describe('clauseSpans and negation scope', () => {
  it('splits sentences at commas, colons, brackets and dashes, not inside hyphenated words', () => {
    const t = 'Manual testing — writing test plans, self-service portal: Jira (defects)';
    expect(clauseSpans(t).map((s) => t.slice(s.start, s.end).trim())).toEqual(['Manual testing', 'writing test plans', 'self-service portal', 'Jira', 'defects']);
  });

  it('ends a negation at a contrast, and does not read "not only" as one', () => {
    const out = (text: string, w: string) => excludedRanges(text).some((s) => text.indexOf(w) >= s.start && text.indexOf(w) < s.end);
    const t = "You don't have to write the Node.js server, but you should be comfortable writing GraphQL queries.";
    expect([out(t, 'Node.js'), out(t, 'GraphQL')]).toEqual([true, false]);
    expect(out('SDKs on GitHub, so you need to be a developer, not only a communicator.', 'GitHub')).toBe(false);
    expect(out('No PHP, but plenty of Python.', 'PHP')).toBe(true);
  });

  it('runs a negation to the end of its sentence, not back over a dash', () => {
    const out = (text: string, w: string) => excludedRanges(text).some((s) => text.lastIndexOf(w) >= s.start && text.lastIndexOf(w) < s.end);
    const t = "Node.js and a little Java — I don't want to go back to Go.";
    expect([out(t, 'Java'), out(t, 'Go')]).toEqual([false, true]);
    expect(out('No PHP — the old PHP monolith was retired.', 'PHP')).toBe(true);
  });
});

describe('asProperName', () => {
  const at = (text: string, word: string) => tokenize(text).findIndex((t) => t.raw === word);
  const proper = (written: string, text: string, word: string) => asProperName(written, text, tokenize(text), at(text, word));
  it('takes a vendor-less product name inside a sentence, an acronym capitalised too', () => {
    expect(proper('Windows', 'Good knowledge of Linux and Windows servers.', 'Windows')).toBe(true);
    expect(proper('JIRA', 'Reporting defects in Jira daily.', 'Jira')).toBe(true);
  });
  it('not first in a sentence or list item, nor in a title, nor in lower case', () => {
    expect(proper('Windows', 'Windows were cleaned daily.', 'Windows')).toBe(false);
    expect(proper('Windows', 'Tools:\n- Windows and more', 'Windows')).toBe(false);
    expect(proper('Windows', '# The Windows Admin Guide', 'Windows')).toBe(false);
    expect(proper('Windows', 'open the windows daily', 'windows')).toBe(false);
    expect(proper('JIRA', 'Reporting defects in jira daily.', 'jira')).toBe(false);
  });
});

const node = (id: string, name: string, extra: Partial<PhraseNode> = {}): PhraseNode => ({ kind: 'skill', id, name, aliases: [], origin: 'esco', roles: 3, ...extra });

describe('SkillExtractor: wording, capitals and plurals', () => {
  const x = new SkillExtractor([
    node('proto', 'develop software prototypes'),
    node('unused', 'develop software mockups', { roles: 0 }),
    node('loader', 'operate loader', { aliases: ['use loader'] }),
    node('api', 'API Design', { origin: 'curated', aliases: ['Web APIs'] }),
    node('unit', 'Unit Testing', { origin: 'curated' }),
    node('utf', 'Unit Testing Framework', { kind: 'tool', origin: 'onet' }),
    node('backups', 'perform backups'),
    node('sec', 'securities'),
    node('rdb', 'Oracle Relational Database', { kind: 'tool', origin: 'onet' }),
    node('win', 'Microsoft Windows', { kind: 'tool', origin: 'onet' }),
    node('jira', 'Atlassian JIRA', { kind: 'tool', origin: 'onet' }),
  ]);
  const found = (text: string) => x.extract(text).map((e) => `${e.node.id}:${e.by}`).sort();

  it('finds skills some role asks for in other words', () => {
    expect(found('Built prototypes and mockups for clinics.')).toEqual(['proto:wording']);
    expect(found('Designing the APIs; nightly backups.')).toEqual(['api:wording', 'backups:wording']);
    expect(found('Designing web APIs.')).toEqual(['api:alias']);
    expect(found('We write unit tests.')).toEqual(['unit:wording']);
  });

  it('not from ESCO alternative labels, tools, or words inside a phrase named as written', () => {
    expect(found('We use a loader.')).toEqual([]);
    expect(found('Our unit testing framework.')).toEqual(['utf:label']);
    expect(found('Prototypes, which others built.')).toEqual([]);
  });

  it('takes a derived product name only capitalised as the name writes it', () => {
    expect(found('Solid relational database skills.')).toEqual([]);
    expect(found('We still run Relational Database 7.')).toEqual(['rdb:label']);
  });

  it('takes a category of software only with its kind, a product also without', () => {
    const y = new SkillExtractor([node('tas', 'Test automation software', { kind: 'tool', origin: 'onet' }), node('az', 'Microsoft Azure software', { kind: 'tool', origin: 'onet' })]);
    const ids = (text: string) => y.extract(text).map((e) => e.node.id).sort();
    expect(ids('We own test automation.')).toEqual([]);
    expect(ids('Test automation software and Microsoft Azure.')).toEqual(['az', 'tas']);
  });

  it('takes a plural label only written in the plural', () => {
    expect(found('Trading securities.')).toEqual(['sec:label']);
    expect(found('Security reviews.')).toEqual([]);
  });

  it('leaves out a skill or practice named inside a job title, not a tool', () => {
    const y = new SkillExtractor([
      node('pe', 'Platform Engineering', { kind: 'practice', origin: 'curated', aliases: ['Platform Engineer'] }),
      node('java', 'Java', { kind: 'tool', origin: 'curated' }),
    ]);
    const ids = (text: string) => y.extract(text).map((e) => e.node.id).sort();
    expect(ids('# Senior Platform Engineer\nJava Developer.')).toEqual(['java']);
    expect(ids('Platform Engineering engineers; Platform Engineering builds the platform.')).toEqual(['pe']);
  });

  it('takes Windows and Jira as products inside a sentence only', () => {
    expect(found('Logs of Linux and Windows servers, defects in Jira.')).toEqual(['jira:label', 'win:label']);
    expect(found('Windows were cleaned.\nJira tickets.')).toEqual([]);
  });
});
