// The curated graph plus the small ESCO and O*NET test fixtures, imported by the real importers, with the
// curated crosswalk: namesakes from three sources, O*NET related occupations and O*NET's hot-technology
// flags, and (as in O*NET 29.3) an "All Other" occupation with no ratings at all.
import path from 'node:path';
import { nameKeys } from '../../src/domain/names.js';
import { applyCrosswalk, loadCrosswalk } from '../../src/importers/crosswalk.js';
import { seedCurated } from '../../src/importers/curated/index.js';
import { importEsco } from '../../src/importers/esco/index.js';
import { importOnet } from '../../src/importers/onet/index.js';
import { Progress } from '../../src/importers/progress.js';
import type { Graph } from '../../src/store/graph.js';
import { resetGraph } from './db.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
export const ONET_ALL_OTHER = '15-1299.00';

export async function loadThreeSources(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await seedCurated(graph);
  const quiet = () => new Progress({ quiet: true });
  await importEsco(graph, path.join(FIX, 'esco/small'), { progress: quiet() });
  await importOnet(graph, path.join(FIX, 'onet/small'), { progress: quiet() });
  await applyCrosswalk(graph, loadCrosswalk());
  // The small fixture has no occupation without ratings; O*NET 29.3 has several.
  await graph.write("CREATE (:Role {id: $id, name: 'Computer Occupations, All Other', aliases: [], keys: $keys, origin: 'onet', code: $id, datasetVersion: 'O*NET 29.3'})", { id: ONET_ALL_OTHER, keys: nameKeys('Computer Occupations, All Other', []) });
  await graph.write('CALL db.awaitIndexes(120)');
}
