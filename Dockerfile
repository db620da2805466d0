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
CMD ["node", "--import", "tsx", "src/main.ts"]
