// GraphQL Code Generator's client preset over the checked-in schema.graphql and the operations in src/.
// `npm run client:generate` writes src/gql/ (committed, so users need not run it); `npm run client:check`
// fails when it drifts from the schema or the documents.
import type { CodegenConfig } from '@graphql-codegen/cli';
// The preset itself, not the name 'client': the CLI would resolve the name to the older copy it bundles.
import { preset as clientPreset } from '@graphql-codegen/client-preset';

const here = new URL('.', import.meta.url).pathname;

const config: CodegenConfig = {
  schema: `${here}../../schema.graphql`,
  documents: [`${here}src/**/*.ts`, `!${here}src/gql/**/*`],
  ignoreNoDocuments: false,
  // Node's ESM and the repository's NodeNext resolution need `.js` on relative imports (a root option:
  // the CLI overrides the outputs' own).
  importExtension: '.js',
  generates: {
    [`${here}src/gql/`]: {
      // Typed against another copy of @graphql-codegen/plugin-helpers than the CLI's; the same shape at run time.
      preset: clientPreset as never,
      presetConfig: {
        // rolegraph's safelist accepts SHA-256 only (the preset hashes with sha1 unless told otherwise);
        // the manifest it writes, src/gql/persisted-documents.json, is ROLEGRAPH_PERSISTED_OPERATIONS.
        persistedDocuments: { hashAlgorithm: 'sha256' },
        // The example has no fragments to mask.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
      },
    },
  },
};

export default config;
