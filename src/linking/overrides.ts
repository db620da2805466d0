// Reviewed decisions that override the automatic ones: pairs a person accepted as one concept (or
// rejected), in data/links/reviewed.yaml, each with why. Applied before clustering, so a rejected pair
// never joins two clusters and an accepted one always does.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ImportError } from '../importers/errors.js';
import { PROJECT_ROOT } from '../paths.js';
import { YamlFile } from '../importers/yaml.js';

export const REVIEWED_FILE = path.join(PROJECT_ROOT, 'data', 'links', 'reviewed.yaml');

const decision = z.object({ a: z.string().min(1), b: z.string().min(1), why: z.string().min(1) }).strict();
const file = z.object({ accept: z.array(decision).default([]), reject: z.array(decision).default([]) }).strict();

export interface Reviewed {
  accept: { a: string; b: string; why: string }[];
  reject: { a: string; b: string; why: string }[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Reads the reviewed decisions; a malformed file is an ImportError naming the file and line. */
export function loadReviewed(filePath: string = REVIEWED_FILE): Reviewed {
  if (!fs.existsSync(filePath)) return { accept: [], reject: [] };
  const parsed = YamlFile.parse(fs.readFileSync(filePath, 'utf8'));
  if (!(parsed instanceof YamlFile)) throw new ImportError(filePath, parsed.line, parsed.message);
  if (parsed.value === null || parsed.value === undefined) return { accept: [], reject: [] };
  const checked = parsed.check(file);
  if ('problems' in checked) throw new ImportError(filePath, checked.problems[0].line, checked.problems[0].message);
  return checked.data;
}
