// npm run lint:schema   lints schema.graphql: graphql-eslint's schema-recommended rules and the Relay rules
// of graphql-schema-linter (tests/unit/graphql/schema-lint.test.ts runs it too). The rules switched off or
// configured here are justified in docs/api.md ("Schema lint").
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { EMBEDDED_TYPES } from '../src/client/cachePolicies.js';
import { SCHEMA_FILE } from './schema.js';

export interface Finding {
  rule: string;
  line: number;
  message: string;
}

/** schema-recommended, with the deviations docs/api.md explains. */
export const ESLINT_RULES: Linter.RulesRecord = {
  ...graphqlPlugin.configs['flat/schema-recommended'].rules,
  // roleKind and skillType are the graph's property names (docs/model.md), read by name by the compiler and
  // by the Browser queries; Role.kind would read as the node's kind (NodeKind) in a fragment on Node.
  '@graphql-eslint/no-typename-prefix': 'off',
  // Every object type has `id: ID!` except the positions under one field: connections, edges, PageInfo and
  // TextSpan (src/client/cachePolicies.ts, EMBEDDED_TYPES, keyed by their parent field).
  '@graphql-eslint/strict-id-in-types': ['error', { exceptions: { types: [...EMBEDDED_TYPES] } }],
};

/** graphql-schema-linter's Relay rules: connection types, their arguments, PageInfo. */
export const RELAY_RULES = ['relay-connection-types-spec', 'relay-connection-arguments-spec', 'relay-page-info-spec'];

async function eslintFindings(file: string): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: path.dirname(file),
    overrideConfigFile: true,
    overrideConfig: [{
      files: ['**/*.graphql'],
      languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: file } } },
      plugins: { '@graphql-eslint': graphqlPlugin as never },
      rules: ESLINT_RULES,
    }],
  });
  const results = await eslint.lintFiles([file]);
  return results.flatMap((r) => r.messages.map((m) => ({ rule: m.ruleId ?? 'parse', line: m.line, message: m.message })));
}

function relayFindings(file: string): Finding[] {
  // graphql-schema-linter is CommonJS with no typings; its runner is a CLI, so use its parts directly.
  const require = createRequire(import.meta.url);
  const { Configuration } = require('graphql-schema-linter/lib/configuration.js');
  const { validateSchemaDefinition } = require('graphql-schema-linter/lib/validator.js');
  const { Schema } = require('graphql-schema-linter/lib/schema.js');
  const { SourceMap } = require('graphql-schema-linter/lib/source_map.js');
  const text = fs.readFileSync(file, 'utf8');
  const schema = new Schema(text, new SourceMap({ [file]: text }));
  const configuration = new Configuration(schema, { rules: RELAY_RULES });
  const errors = validateSchemaDefinition(schema, configuration.getRules(), configuration) as { ruleName: string; message: string; locations?: { line: number }[] }[];
  return errors.map((e) => ({ rule: e.ruleName, line: e.locations?.[0]?.line ?? 0, message: e.message }));
}

/** Every finding of both linters on `file` (schema.graphql by default). */
export async function lintSchema(file = SCHEMA_FILE): Promise<Finding[]> {
  return [...(await eslintFindings(file)), ...relayFindings(file)];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const findings = await lintSchema();
  for (const f of findings) console.error(`schema.graphql:${f.line}  ${f.rule}  ${f.message.replace(/\n/g, ' ')}`);
  console.error(findings.length === 0 ? 'schema.graphql: no lint findings' : `${findings.length} finding(s)`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}
