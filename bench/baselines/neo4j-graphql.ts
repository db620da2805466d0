// Baseline (b): the API a user would generate instead — @neo4j/graphql over the same database, with
// type definitions equivalent to rolegraph's read model, served by Apollo Server standalone.
// Run as a child process by bench/run.ts: NEO4J_URI, NEO4J_PASSWORD, PORT.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { pathToFileURL } from 'node:url';

export const typeDefs = /* GraphQL */ `
  type Role @node @mutation(operations: []) {
    id: ID!
    name: String!
    aliases: [String!]
    summary: String
    origin: String
    skills: [Skill!]! @relationship(type: "REQUIRES_SKILL", direction: OUT, properties: "RequiresSkill")
    tools: [Tool!]! @relationship(type: "USES_TOOL", direction: OUT)
    careerMoves: [Role!]! @relationship(type: "CAN_MOVE_TO", direction: OUT, properties: "CanMoveTo")
  }

  type RequiresSkill @relationshipProperties {
    importance: Int
    stated: Boolean
  }

  type CanMoveTo @relationshipProperties {
    kind: String
    stated: Boolean
  }

  type Skill @node @mutation(operations: []) {
    id: ID!
    name: String!
    aliases: [String!]
    description: String
    roles: [Role!]! @relationship(type: "REQUIRES_SKILL", direction: IN, properties: "RequiresSkill")
    tools: [Tool!]! @relationship(type: "SUPPORTS", direction: IN)
  }

  type Tool @node @mutation(operations: []) {
    id: ID!
    name: String!
    aliases: [String!]
    kind: String
    roles: [Role!]! @relationship(type: "USES_TOOL", direction: IN)
    skills: [Skill!]! @relationship(type: "SUPPORTS", direction: OUT)
  }
`;

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    // Same pool as rolegraph's Graph wrapper, so neither side waits on connections the other has.
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => {} },
  });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: true });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4100), host: '127.0.0.1' },
    context: async () => ({}),
  });
  console.log(`@neo4j/graphql baseline at ${url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
