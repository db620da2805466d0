// Where the ESCO files are in a release folder. v1.1.1 names its relation files without a language
// suffix and without label columns; v1.2.x adds "_en" and label columns (ignored: columns are read by name).
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from '../errors.js';

export const ESCO_FILES = {
  iscoGroups: { names: ['ISCOGroups_en.csv'], required: ['conceptUri', 'preferredLabel'] },
  skillGroups: { names: ['skillGroups_en.csv'], required: ['conceptUri', 'preferredLabel'] },
  occupations: { names: ['occupations_en.csv'], required: ['conceptUri', 'preferredLabel', 'altLabels', 'iscoGroup', 'description'] },
  skills: { names: ['skills_en.csv'], required: ['conceptUri', 'preferredLabel', 'altLabels', 'skillType', 'reuseLevel', 'description'] },
  occupationSkill: { names: ['occupationSkillRelations.csv', 'occupationSkillRelations_en.csv'], required: ['occupationUri', 'relationType', 'skillUri'] },
  skillSkill: { names: ['skillSkillRelations.csv', 'skillSkillRelations_en.csv'], required: ['originalSkillUri', 'relationType', 'relatedSkillUri'] },
  broaderOcc: { names: ['broaderRelationsOccPillar.csv', 'broaderRelationsOccPillar_en.csv'], required: ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'] },
  broaderSkill: { names: ['broaderRelationsSkillPillar.csv', 'broaderRelationsSkillPillar_en.csv'], required: ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'] },
} as const;

export type EscoFileKey = keyof typeof ESCO_FILES;

export interface EscoFiles {
  paths: Record<EscoFileKey, string>;
  /** 'v1.1.1' when the relation files have no "_en" suffix, else 'v1.2'. */
  naming: 'v1.1.1' | 'v1.2';
}

/** Finds every file up front, so a missing one fails before anything is written. */
export function findEscoFiles(dir: string): EscoFiles {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ImportError(dir, undefined, 'no such folder (expected an ESCO CSV release, e.g. ../shared/datasets/esco-v1.1.1)');
  const paths = {} as Record<EscoFileKey, string>;
  for (const [key, spec] of Object.entries(ESCO_FILES) as [EscoFileKey, (typeof ESCO_FILES)[EscoFileKey]][]) {
    const found = spec.names.map((n) => path.join(dir, n)).find((p) => fs.existsSync(p));
    if (!found) throw new ImportError(path.join(dir, spec.names[0]), undefined, `file not found${spec.names.length > 1 ? ` (nor ${spec.names.slice(1).join(', ')})` : ''}`);
    paths[key] = found;
  }
  const naming = path.basename(paths.occupationSkill).endsWith('_en.csv') ? 'v1.2' : 'v1.1.1';
  return { paths, naming };
}
