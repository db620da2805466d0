// The hand-labelled evaluation data in data/quality (see its README), read and typed once for every
// quality report.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';

export const QUALITY_DIR = path.join(PROJECT_ROOT, 'data', 'quality');

export interface LabelledPair {
  a: string;
  b: string;
  aName: string;
  bName: string;
  kind: 'skill' | 'tool' | 'occupation';
  category: string;
  same: boolean;
  relation: string;
  confidence: string;
}

export function labelledPairs(): LabelledPair[] {
  return (parse(fs.readFileSync(path.join(QUALITY_DIR, 'links.yaml'), 'utf8')) as { pairs: LabelledPair[] }).pairs;
}

export interface Transition {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  why: string;
  expect: { sharedSkillsAtLeast?: number; transferable?: string[]; partial?: { from: string; to: string }[]; plausibleVia?: string[] };
}

export function transitions(): Transition[] {
  return (parse(fs.readFileSync(path.join(QUALITY_DIR, 'transitions.yaml'), 'utf8')) as { transitions: Transition[] }).transitions;
}

export interface LabelledText {
  file: string;
  kind: 'job-ad' | 'cv';
  role: string;
  alsoFits: string[];
  skills: string[];
  notIn: string[];
  body: string;
}

export function labelledTexts(): LabelledText[] {
  const dir = path.join(QUALITY_DIR, 'texts');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${file}: no front matter`);
    const front = parse(m[1]) as Omit<LabelledText, 'file' | 'body'>;
    return { file, kind: front.kind, role: front.role, alsoFits: front.alsoFits ?? [], skills: front.skills ?? [], notIn: front.notIn ?? [], body: m[2] };
  });
}

/**
 * Which half of the labelled texts a file belongs to, fixed by its name alone (the first byte of the SHA-256 of
 * the file name: below 128 tunes, the rest is held out), so adding a text never moves another. Extraction rules
 * and thresholds are tuned looking only at the tuning half's errors; the held-out half is only measured.
 */
export function textHalf(file: string): 'tuning' | 'held-out' {
  return crypto.createHash('sha256').update(file).digest()[0] < 128 ? 'tuning' : 'held-out';
}

export interface Score { tp: number; fp: number; fn: number }
export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
