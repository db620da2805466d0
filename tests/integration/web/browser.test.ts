// The playground and the explorer in a real browser (Debian's Chromium driven by playwright-core)
// against the real API and the seeded curated graph. Every test also checks that the page asked for
// nothing outside loopback and logged no errors; screenshots go to test-artifacts/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { EXAMPLES } from '../../../src/web/examples.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test-artifacts');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Watched {
  page: Page;
  offLoopback: string[];
  errors: string[];
}

describe('web pages in Chromium', () => {
  const graph = testGraph();
  let api: TestApi;
  let context: BrowserContext;
  let profile: string;
  const open: Watched[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}. The browser tests need it: run \`apt-get install -y chromium\` (.ci/run does this when it is missing).`);
    }
    await resetGraph(graph);
    await seedCurated(graph);
    api = await startTestApi(graph);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1320, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Seeding plus a browser start is slow on a busy two-core machine.
  }, 300_000);

  afterEach(() => {
    for (const w of open.splice(0)) {
      expect(w.offLoopback, 'requests that left loopback').toEqual([]);
      expect(w.errors, 'page errors and console errors').toEqual([]);
    }
  });

  afterAll(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    await api?.close();
    await graph.close();
  });

  async function watchedPage(opts: { allowErrors?: RegExp } = {}): Promise<Page> {
    const page = await context.newPage();
    const w: Watched = { page, offLoopback: [], errors: [] };
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !LOOPBACK.has(url.hostname)) w.offLoopback.push(req.url());
    });
    page.on('pageerror', (err) => w.errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !(opts.allowErrors && opts.allowErrors.test(msg.text()))) w.errors.push(`console: ${msg.text()}`);
    });
    open.push(w);
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  /** The text of GraphiQL's response editor (CodeMirror renders only the visible lines). */
  const resultText = (page: Page) =>
    page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

  async function runTab(page: Page, title: string) {
    await page.locator('.graphiql-tab', { hasText: title }).first().click();
    await expect.poll(() => page.locator('.graphiql-query-editor .CodeMirror').first().evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())).toContain(`query ${title}`);
    // GraphiQL syncs a tab's query into its execution state a moment after the editor shows it; a click
    // inside that window sends the new operation name with the old text (OPERATION_RESOLUTION_FAILURE).
    // Run again until the answer is for this example (bounded by the poll's timeout).
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(async () => {
        const text = await resultText(page);
        if (text.includes('OPERATION_RESOLUTION_FAILURE')) await page.locator('.graphiql-execute-button').click();
        return text;
      }, { timeout: 30_000, interval: 500 })
      .toContain('"data"');
    return JSON.parse(await resultText(page));
  }

  it('playground: opens offline with a tab per example and runs them from the run button', async () => {
    // A run sent inside GraphiQL's tab-sync window answers 400 (see runTab); nothing else may log an error.
    const page = await watchedPage({ allowErrors: /Failed to load resource: the server responded with a status of 400/ });
    await page.goto(`${api.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(EXAMPLES.length);

    const lookup = await runTab(page, 'RoleLookup');
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data.role).toMatchObject({ id: 'platform-engineer', name: 'Platform Engineer' });
    // The example's variables came along with it.
    expect(await page.locator('.graphiql-editor-tool .CodeMirror, [aria-label="Variables"] .CodeMirror').first().evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())).toContain('platform engineer');
    await shot(page, 'web-playground');

    const paths = await runTab(page, 'CareerPaths');
    expect(paths.errors).toBeUndefined();
    expect(paths.data.careerPaths.length).toBeGreaterThan(0);
    await page.close();
  });

  async function panelsReady(page: Page) {
    for (const id of ['overlap', 'gap', 'routes']) {
      await page.locator(`#${id}[data-state="ready"]`).waitFor({ timeout: 30_000 });
    }
  }

  async function expectAnswer(page: Page, fromName: string, toId: string) {
    await panelsReady(page);
    // Overlap: a gauge and the three groups of skills.
    await expect.poll(() => page.locator('#overlap [role="meter"]').getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    expect(await page.locator('#overlap .summary').textContent()).toContain(fromName);
    expect(await page.locator('#overlap .venn-col.shared .chip:not(.none)').count()).toBeGreaterThan(0);
    expect(await page.locator('#overlap .venn-col.only-from .chip:not(.none)').count()).toBeGreaterThan(0);
    // Gap: a learning order.
    expect(await page.locator('#gap .learning-order li').count()).toBeGreaterThan(0);
    // Routes: an SVG with the start and the goal, and at least one arrow.
    const svg = page.locator('#routes svg.routes-svg');
    await svg.waitFor();
    expect(await svg.locator(`.node.to[data-role-id="${toId}"]`).count()).toBe(1);
    expect(await svg.locator('.edge').count()).toBeGreaterThan(0);
    expect(await page.locator('#routes .route-list > li').count()).toBeGreaterThan(0);
  }

  it('explorer: picks two roles by keyboard and mouse from the autocomplete and answers with a picture', async () => {
    const page = await watchedPage();
    await page.goto(`${api.url}/explore`);
    expect(await page.locator('#results').isHidden()).toBe(true);

    // Current role, keyboard only: type, arrow to the option, Enter.
    const from = page.getByRole('combobox', { name: 'Current role' });
    await from.focus();
    await from.pressSequentially('backend dev');
    const fromList = page.locator('#from-listbox');
    await fromList.locator('[role="option"]', { hasText: /^Backend Developer$/ }).waitFor();
    expect(await from.getAttribute('aria-expanded')).toBe('true');
    const names = await fromList.locator('[role="option"]').allTextContents();
    const index = names.indexOf('Backend Developer');
    for (let i = 0; i < index; i++) await from.press('ArrowDown');
    expect(await page.locator(`#${await from.getAttribute('aria-activedescendant')}`).textContent()).toBe('Backend Developer');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('Backend Developer');
    expect(await fromList.isHidden()).toBe(true);

    // Escape closes an open list.
    const to = page.getByRole('combobox', { name: 'Target role' });
    await to.focus();
    await to.pressSequentially('platfrom');
    const toList = page.locator('#to-listbox');
    const option = toList.locator('[role="option"]', { hasText: /^Platform Engineer$/ });
    await option.waitFor();
    await to.press('Escape');
    expect(await toList.isHidden()).toBe(true);
    await to.press('ArrowDown');
    await option.waitFor();
    await option.click();

    await expectAnswer(page, 'Backend Developer', 'platform-engineer');
    expect(new URL(page.url()).search).toBe('?from=backend-developer&to=platform-engineer');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Showing Backend Developer → Platform Engineer.');
    await shot(page, 'web-explorer');
    await page.close();
  });

  it('explorer: a deep link reproduces the view', async () => {
    const page = await watchedPage();
    await page.goto(`${api.url}/explore?from=developer-experience-engineer&to=platform-engineer`);
    await expectAnswer(page, 'Developer Experience Engineer', 'platform-engineer');
    expect(await page.getByRole('combobox', { name: 'Current role' }).inputValue()).toBe('Developer Experience Engineer');
    expect(await page.getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('Platform Engineer');
    // The stated move from the article is drawn as a stated (solid) edge.
    expect(await page.locator('#routes .edge.stated[data-from="developer-experience-engineer"][data-to="platform-engineer"]').count()).toBe(1);
    await shot(page, 'web-explorer-deeplink');
    await page.close();
  });

  it('explorer: an unknown role in a link is reported, not shown', async () => {
    const page = await watchedPage();
    await page.goto(`${api.url}/explore?from=no-such-role&to=platform-engineer`);
    await expect.poll(() => page.locator('#status').textContent()).toContain('No role with the id no-such-role');
    expect(await page.locator('#results').isHidden()).toBe(true);
    await page.close();
  });

  it('explorer: each panel shows an error with a retry when the API cannot be reached', async () => {
    // A second API just for this test, stopped under the open page.
    const own = await startTestApi(graph);
    const page = await watchedPage({ allowErrors: /Failed to load resource|ERR_CONNECTION_REFUSED/ });
    await page.goto(`${own.url}/explore?from=backend-developer&to=platform-engineer`);
    await panelsReady(page);
    await own.close();
    await page.getByRole('button', { name: 'Show the way' }).click();
    for (const id of ['overlap', 'gap', 'routes']) {
      await page.locator(`#${id}[data-state="error"]`).waitFor({ timeout: 30_000 });
      expect(await page.locator(`#${id} [role="alert"]`).textContent()).toContain('could not be reached');
      expect(await page.locator(`#${id} button.retry`).count()).toBe(1);
    }
    await expect.poll(() => page.locator('#status').textContent()).toContain('3 of 3 panels could not load');
    await shot(page, 'web-explorer-error');
    await page.close();
  });
});
