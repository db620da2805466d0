// The Source nodes crediting the datasets, with the attribution their licences require
// (wording from ../shared/datasets/SOURCES.md). The curated seed defines the same ids; both MERGE.
import type { Dataset, SourceInfo } from './dataset.js';

export function escoDataset(version = 'v1.1.1'): Dataset {
  return { origin: 'esco', version: `ESCO ${version}`, sourceId: `esco-${version}` };
}

export function onetDataset(version = '29.3'): Dataset {
  return { origin: 'onet', version: `O*NET ${version}`, sourceId: `onet-${version}` };
}

export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

export function escoSource(ds: Dataset): SourceInfo {
  return {
    title: `ESCO classification ${ds.version.replace(/^ESCO /, '')} (English)`,
    publisher: 'European Commission',
    url: 'https://esco.ec.europa.eu/',
    license: 'Commission Decision 2011/833/EU',
    attribution: ESCO_ATTRIBUTION,
  };
}

export function onetSource(ds: Dataset): SourceInfo {
  const version = ds.version.replace(/^O\*NET /, '');
  return {
    title: `O*NET ${version} Database`,
    publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    url: 'https://www.onetcenter.org/database.html',
    ...(ds.sourceId === 'onet-29.3' ? { date: '2025-05' } : {}),
    license: 'CC BY 4.0',
    attribution: `O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.`,
  };
}
