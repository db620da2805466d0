#!/usr/bin/env node
// The `rolegraph` command: registers tsx in this process and runs the TypeScript CLI, so
// `npx rolegraph ...` works in the project without a build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/index.ts', import.meta.url).href);
