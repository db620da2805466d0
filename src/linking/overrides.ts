// Reviewed decisions that override the automatic ones: pairs a person accepted as one concept (or
// rejected), in data/links/reviewed.yaml, each with why. Applied before clustering, so a rejected pair
// never joins two clusters and an accepted one always does.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { ImportError } from '../importers/errors.js';
import { PROJECT_ROOT } from '../paths.js';

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
  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(filePath, 'utf8'), { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ImportError(filePath, e.linePos?.[0]?.line, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const parsed = file.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
    throw new ImportError(filePath, line, `${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  return parsed.data;
}
