# The rolegraph API. Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json schema.graphql ./
COPY src ./src
COPY cypher ./cypher
COPY data ./data
COPY bin ./bin
EXPOSE 4000
USER node
# A capped heap keeps the API near 165 MB RSS under load with ESCO loaded (docs/benchmarks.md).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "--import", "tsx", "src/main.ts"]
