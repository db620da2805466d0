import { nodeType, type NodeObject } from './define.js';

export const Source = nodeType('Source', 'Where facts come from: one of the source articles, or a taxonomy release (ESCO, O*NET).', {
  id: { type: 'ID', description: 'Stable id (e.g. "bd-vs-dxe", "esco-1.1.1").' },
  title: { type: 'String', nullable: true, description: 'Title of the article or dataset.' },
  publisher: { type: 'String', nullable: true, description: 'Who published it.' },
  author: { type: 'String', nullable: true, description: 'Who wrote it, when the source names an author.' },
  date: { type: 'String', nullable: true, description: 'Publication or release date (ISO 8601).' },
  url: { type: 'String', nullable: true, description: 'Where to read it.' },
  kind: { type: 'String', nullable: true, description: 'article or dataset.' },
  license: { type: 'String', nullable: true, description: 'Licence the content is used under.' },
  attribution: { type: 'String', nullable: true, description: 'Attribution text the licence asks for.' },
});
export type Source = NodeObject;
