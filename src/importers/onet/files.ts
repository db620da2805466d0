// Where the O*NET files are in a release folder. Skills and Knowledge ship as Excel in this release;
// the text (.txt) versions of a full release are used instead when present. Tools Used.txt (physical
// equipment such as calculators and desktop computers) is deliberately not imported: see docs/importing.md.
import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from '../errors.js';

const SOC = 'O*NET-SOC Code';
const RATINGS = [SOC, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'];

export const ONET_FILES = {
  occupations: { names: ['Occupation Data.txt'], required: [SOC, 'Title', 'Description'], optional: false },
  jobZones: { names: ['Job Zones.txt'], required: [SOC, 'Job Zone'], optional: false },
  technology: { names: ['Technology Skills.txt'], required: [SOC, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'], optional: false },
  skills: { names: ['Skills.txt', 'Skills.xlsx'], required: RATINGS, optional: false },
  knowledge: { names: ['Knowledge.txt', 'Knowledge.xlsx'], required: RATINGS, optional: false },
  related: { names: ['Related Occupations.txt'], required: [SOC, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'], optional: false },
  contentModel: { names: ['Content Model Reference.txt'], required: ['Element ID', 'Element Name', 'Description'], optional: true },
} as const;

export type OnetFileKey = keyof typeof ONET_FILES;

export function findOnetFiles(dir: string): Partial<Record<OnetFileKey, string>> & Record<Exclude<OnetFileKey, 'contentModel'>, string> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ImportError(dir, undefined, 'no such folder (expected an O*NET release, e.g. ../shared/datasets/onet-29.3)');
  const paths: Partial<Record<OnetFileKey, string>> = {};
  for (const [key, spec] of Object.entries(ONET_FILES) as [OnetFileKey, (typeof ONET_FILES)[OnetFileKey]][]) {
    const found = spec.names.map((n) => path.join(dir, n)).find((p) => fs.existsSync(p));
    if (found) paths[key] = found;
    else if (!spec.optional) throw new ImportError(path.join(dir, spec.names[spec.names.length - 1]), undefined, 'file not found');
  }
  return paths as ReturnType<typeof findOnetFiles>;
}
