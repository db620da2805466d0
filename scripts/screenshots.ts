// npx tsx scripts/screenshots.ts — takes the README/docs screenshots in docs/images/: the explorer, the
// playground and (when the Neo4j is the local one, which serves Neo4j Browser) Neo4j Browser with the
// rolegraph style. It starts the API on loopback against the configured Neo4j (the same NEO4J_* variables
// as `npm start`; a local one is started when none is configured), seeding the curated graph into an
// empty database. Anything a page asks from outside loopback is refused, so the pictures show what an
// offline user sees. Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM=path).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../src/http/app.js';
import { neo4jConfig } from '../src/config.js';
import { applySchema, connect } from '../src/store/connect.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { stopLocalNeo4j } from '../src/neo4j-local/localNeo4j.js';
import { seedCurated } from '../src/importers/curated/index.js';

const OUT = path.join(PROJECT_ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const say = (line: string) => console.log(line);

async function offlinePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // Neo4j Browser links web fonts from the internet; refuse them like an offline machine would.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'));
  return page;
}

async function explorer(context: BrowserContext, base: string) {
  const page = await offlinePage(context);
  await page.goto(`${base}/explore?from=backend-developer&to=platform-engineer`);
  for (const id of ['overlap', 'gap', 'routes']) await page.locator(`#${id}[data-state="ready"]`).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(OUT, 'explorer.png'), fullPage: true });
  await page.close();
  say('  docs/images/explorer.png');
}

async function playground(context: BrowserContext, base: string) {
  const page = await offlinePage(context);
  await page.goto(`${base}/graphql`);
  await page.locator('.graphiql-tab', { hasText: 'CareerPaths' }).click();
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => {
    const cm = document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null;
    return cm?.CodeMirror?.getValue().includes('"careerPaths"');
  }, undefined, { timeout: 60_000 });
  await page.screenshot({ path: path.join(OUT, 'playground.png') });
  await page.close();
  say('  docs/images/playground.png');
}

/** Types a command into Neo4j Browser's main editor and runs it. */
async function runInBrowser(page: Page, command: string) {
  const editor = page.locator('#monaco-main-editor textarea, [data-testid="activeEditor"] textarea').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').click();
}

async function neo4jBrowser(context: BrowserContext, base: string, browserUrl: string, bolt: string, password: string) {
  const page = await offlinePage(context);
  const host = new URL(bolt).host;
  await page.goto(`${browserUrl}?dbms=neo4j://neo4j@${host}`);
  // Browser 5.24 shows the username and password fields only after the method is chosen again.
  const method = page.getByTestId('authenticationMethod');
  await method.waitFor({ timeout: 60_000 });
  await method.selectOption('NO_AUTH');
  await method.selectOption('NATIVE');
  const pass = page.locator('input[data-testid="password"]');
  await pass.waitFor({ timeout: 60_000 });
  const user = page.locator('input[data-testid="username"]');
  if (!(await user.inputValue())) await user.fill('neo4j');
  await pass.fill(password);
  await page.getByTestId('connect').click();
  await page.getByTestId('disconnectedBannerCode').waitFor({ state: 'detached', timeout: 60_000 });
  // neo4j.conf's browser.post_connect_cmd loads the style and the guide from port 4000.
  await page.getByText(':play http://127.0.0.1:4000/neo4j/guide.html').first().waitFor({ timeout: 60_000 });
  if (new URL(base).port !== '4000') {
    await runInBrowser(page, `:style ${base}/neo4j/style.grass`);
    await runInBrowser(page, `:play ${base}/neo4j/guide.html`);
  }
  await page.getByText('rolegraph: roles, skills and career paths').first().waitFor({ timeout: 60_000 });
  // Dismiss the product-usage banner so the picture shows the graph.
  const banner = page.locator('div:has(> span:has-text("To help make Neo4j Browser better"))');
  if (await banner.count()) await banner.locator(':scope > span').last().click({ timeout: 5_000 }).catch(() => {});
  await runInBrowser(page, "MATCH (a:Role {id: 'backend-developer'})-[ra:REQUIRES_SKILL]->(s:Skill)<-[rb:REQUIRES_SKILL]-(b:Role {id: 'platform-engineer'})\nMATCH p = (a)-[:CAN_MOVE_TO*1..2]->(b)\nRETURN a, ra, s, rb, b, p");
  await page.locator('svg.neod3viz').first().waitFor({ timeout: 60_000 });
  // Let the force layout settle.
  await page.waitForTimeout(8000);
  await page.screenshot({ path: path.join(OUT, 'neo4j-browser.png') });
  await page.close();
  say('  docs/images/neo4j-browser.png');
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  fs.mkdirSync(OUT, { recursive: true });
  const dbCfg = neo4jConfig();
  const { graph, uri, local, browserUrl } = await connect(dbCfg, say);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-shots-'));
  let context: BrowserContext | undefined;
  const app = await buildApp(graph, { log: () => {} });
  try {
    await applySchema(graph);
    const [{ roles }] = await graph.read('MATCH (r:Role) RETURN count(r) AS roles');
    if (roles === 0) await seedCurated(graph);
    const port = await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    say(`API on ${base}; writing screenshots:`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1320, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    if (process.env.ONLY_NEO4J_BROWSER !== '1') {
      await explorer(context, base);
      await playground(context, base);
    }
    if (browserUrl && process.env.SKIP_NEO4J_BROWSER !== '1') await neo4jBrowser(context, base, browserUrl, uri, dbCfg.password);
    else say('  (Neo4j Browser skipped: not a local Neo4j, or SKIP_NEO4J_BROWSER=1)');
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
    await app.close();
    await graph.close();
    if (local && !local.reused) await stopLocalNeo4j(dbCfg.home);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
