// Where the project lives on disk: every module that reads a project file (cypher/, data/, neo4j/) resolves it from here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
