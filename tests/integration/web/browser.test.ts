// The playground and the explorer in a real browser (Debian's Chromium driven by playwright-core)
// against the real API and the seeded curated graph. Every test also checks that the page asked for
// nothing outside loopback and logged no errors; screenshots go to test-artifacts/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { EXAMPLES } from '../../../src/web/examples.js';
import { startTestApi } from '../../support/api.js';
import { resetGraph } from '../../support/db.js';
import { browserSuite, type Browser, overflowing, PHONE, shot } from './chromium.js';

describe('web pages in Chromium', () => {
  const suite = browserSuite(async (graph) => {
    await resetGraph(graph);
    await seedCurated(graph);
  });
  const { graph, browser } = suite;
  const url = () => suite.api().url;

  const watchedPage = (opts: Parameters<Browser['page']>[0] = {}) => browser.page(opts);

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
    await page.goto(`${url()}/graphql`);
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
    // Gap: where to start, effort with its unit, and the rest folded by group.
    expect(await page.locator('#gap .start-five .learning-order li').count()).toBeGreaterThan(0);
    expect(await page.locator('#gap .stat-label').nth(1).textContent()).toMatch(/effort: \d+\.\d essential skills?'s? worth to learn\. One unit is one essential \(importance 5\)/);
    // Routes: an SVG with the start and the goal, and at least one arrow, each step's cost in words.
    const svg = page.locator('#routes svg.routes-svg');
    await svg.waitFor();
    expect(await svg.locator(`.node.to[data-role-id="${toId}"]`).count()).toBe(1);
    expect(await svg.locator('.edge').count()).toBeGreaterThan(0);
    expect(await page.locator('#routes .route-list > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#routes .step-cost').first().textContent()).toMatch(/^cost \d+\.\d = (1|1\.25|1\.5) \((stated|recorded|inferred) move\) × \(1 job change \+ \d+\.\d essential skills to learn\)$/);
  }

  /** The option whose name (not its badge or detail line) is `name`. */
  const option = (page: Page, list: string, name: string) =>
    page.locator(`#${list} [role="option"]`).filter({ has: page.locator('.opt-name', { hasText: new RegExp(`^${name}$`) }) });

  it('explorer: picks two roles by keyboard and mouse from the autocomplete and answers with a picture', async () => {
    const page = await watchedPage();
    await page.goto(`${url()}/explore`);
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.locator('.modes a[aria-current="page"]').textContent()).toBe('From here to there');
    await browser.expectAccessible(page, 'path: empty');

    // Current role, keyboard only: type, arrow to the option, Enter.
    const from = page.getByRole('combobox', { name: 'Current role' });
    await from.focus();
    await from.pressSequentially('backend dev');
    await option(page, 'from-listbox', 'Backend Developer').waitFor();
    expect(await from.getAttribute('aria-expanded')).toBe('true');
    // Each suggestion names its source and what tells it apart.
    expect(await option(page, 'from-listbox', 'Backend Developer').locator('.origin').textContent()).toBe('Curated');
    expect(await option(page, 'from-listbox', 'Backend Developer').locator('.opt-detail').textContent()).not.toBe('');
    await browser.expectAccessible(page, 'path: suggestions open');
    const names = await page.locator('#from-listbox [role="option"] .opt-name').allTextContents();
    const index = names.indexOf('Backend Developer');
    for (let i = 0; i < index; i++) await from.press('ArrowDown');
    expect(await page.locator(`#${await from.getAttribute('aria-activedescendant')} .opt-name`).textContent()).toBe('Backend Developer');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('Backend Developer');
    expect(await page.locator('#from-listbox').isHidden()).toBe(true);

    // Escape closes an open list.
    const to = page.getByRole('combobox', { name: 'Target role' });
    await to.focus();
    await to.pressSequentially('platfrom');
    const target = option(page, 'to-listbox', 'Platform Engineer');
    await target.waitFor();
    await to.press('Escape');
    expect(await page.locator('#to-listbox').isHidden()).toBe(true);
    await to.press('ArrowDown');
    await target.waitFor();
    await target.click();

    await expectAnswer(page, 'Backend Developer', 'platform-engineer');
    expect(new URL(page.url()).search).toBe('?from=backend-developer&to=platform-engineer');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Showing Backend Developer → Platform Engineer.');
    await browser.expectAccessible(page, 'path: answered (1280×900)');
    await shot(page, 'web-explorer');
    await page.close();
  });

  it('explorer: takes a role name typed in full without picking it from the list', async () => {
    const page = await watchedPage();
    await page.goto(`${url()}/explore`);
    await page.getByRole('combobox', { name: 'Current role' }).fill('backend developer');
    await page.getByRole('combobox', { name: 'Target role' }).fill('Platform Engineer');
    await page.getByRole('button', { name: 'Show the way' }).click();
    await expectAnswer(page, 'Backend Developer', 'platform-engineer');
    expect(await page.getByRole('combobox', { name: 'Current role' }).inputValue()).toBe('Backend Developer');
    // A name no role has is refused in words.
    await page.getByRole('combobox', { name: 'Target role' }).fill('Astronaut of the sea');
    await page.getByRole('button', { name: 'Show the way' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('No role is named “Astronaut of the sea”');
    await browser.expectAccessible(page, 'path: refused name');
    await page.close();
  });

  it('explorer: a deep link reproduces the view, and every name opens its page', async () => {
    const page = await watchedPage();
    await page.goto(`${url()}/explore?from=developer-experience-engineer&to=platform-engineer`);
    await expectAnswer(page, 'Developer Experience Engineer', 'platform-engineer');
    expect(await page.getByRole('combobox', { name: 'Current role' }).inputValue()).toBe('Developer Experience Engineer');
    expect(await page.getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('Platform Engineer');
    // The stated move from the article is drawn as a stated (solid) edge and labelled so.
    expect(await page.locator('#routes .edge.stated[data-from="developer-experience-engineer"][data-to="platform-engineer"]').count()).toBe(1);
    expect(await page.locator('#routes .badge.stated').first().textContent()).toBe('stated');
    await shot(page, 'web-explorer-deeplink');

    // A skill chip opens the skill's page; back returns to the same answer without reloading it.
    const chip = page.locator('#overlap .venn-col.shared .chip a').first();
    const skill = await chip.textContent();
    await chip.click();
    await page.locator('#node-page[data-state="ready"]').waitFor();
    expect(await page.locator('#node-page h2').textContent()).toBe(skill);
    expect(new URL(page.url()).hash).toMatch(/^#skill=/);
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.locator('#node-page .needs li').count()).toBeGreaterThan(0);
    await browser.expectAccessible(page, 'skill page');
    await page.goBack();
    await expect.poll(() => page.locator('#page').isHidden()).toBe(true);
    expect(await page.locator('#results').isVisible()).toBe(true);

    // A box of the diagram opens the role's page: what it needs by importance, its tools and sources.
    await page.locator('#routes svg a.node.to').click();
    await page.locator('#node-page[data-state="ready"]').waitFor();
    expect(await page.locator('#node-page h2').textContent()).toBe('Platform Engineer');
    expect(await page.locator('#node-page .needs li').count()).toBeGreaterThan(3);
    const dots = await page.locator('#node-page .needs [role="img"]').evaluateAll((els) => els.map((e) => Number(/(\d) of 5/.exec(e.getAttribute('aria-label') ?? '')?.[1])));
    expect(dots).toEqual([...dots].sort((a, b) => b - a));
    expect(await page.locator('#node-page .sources li').count()).toBeGreaterThan(0);
    await browser.expectAccessible(page, 'role page');
    await shot(page, 'web-explorer-role-page');
    await page.close();
  });

  it('explorer at 390×844: scrolls to the answer, draws the routes top to bottom, clips nothing', async () => {
    const page = await watchedPage({ viewport: PHONE });
    await page.goto(`${url()}/explore`);
    await page.getByRole('combobox', { name: 'Current role' }).fill('Backend Developer');
    await page.getByRole('combobox', { name: 'Target role' }).fill('Platform Engineer');
    await page.getByRole('button', { name: 'Show the way' }).click();
    await expectAnswer(page, 'Backend Developer', 'platform-engineer');
    // The answer was brought into view: the results start inside the screen.
    await expect.poll(() => page.evaluate(() => document.getElementById('results')!.getBoundingClientRect().top), { timeout: 5000 }).toBeLessThan(PHONE.height * 0.6);
    const svg = page.locator('#routes svg.routes-svg');
    expect(await svg.getAttribute('class')).toContain('vertical');
    const box = (await svg.boundingBox())!;
    const frame = (await page.locator('#routes .diagram-scroll').boundingBox())!;
    // The whole diagram fits its frame: no box hidden behind a horizontal scroll.
    expect(box.width).toBeLessThanOrEqual(frame.width);
    // Scaled to fit, the role names stay readable: at least 11 px tall on screen.
    const heights = await svg.locator('.node text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height / Math.max(1, e.querySelectorAll('tspan').length)));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(11);
    await page.locator('#routes').screenshot({ path: 'test-artifacts/web-explorer-phone-routes.png' });
    expect(await overflowing(page)).toEqual([]);
    await browser.expectAccessible(page, 'path: answered (390×844)');
    await shot(page, 'web-explorer-phone');
    await page.close();
  });

  it('explorer: an unknown role in a link is reported, not shown', async () => {
    const page = await watchedPage();
    await page.goto(`${url()}/explore?from=no-such-role&to=platform-engineer`);
    await expect.poll(() => page.locator('#status').textContent()).toContain('No role with the id no-such-role');
    expect(await page.locator('#results').isHidden()).toBe(true);
    await page.close();
  });

  it('the "Neo4j Browser guide" link opens a titled, styled page of the guide', async () => {
    const page = await watchedPage();
    await page.goto(`${url()}/explore`);
    await page.getByRole('link', { name: 'Neo4j Browser guide' }).click();
    await page.waitForURL(/\/neo4j\/guide$/);
    expect(await page.title()).toBe('rolegraph · Neo4j Browser guide');
    expect(await page.locator('h1').textContent()).toBe('The rolegraph guide for Neo4j Browser');
    expect(await page.locator('.guide-slide').count()).toBe(5);
    expect(await page.locator('.play').textContent()).toContain(`:play ${url()}/neo4j/guide.html`);
    // Styled: the explorer's stylesheet applies (the top bar's dark background).
    expect(await page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 21, 51)');
    await browser.expectAccessible(page, 'guide page');
    await shot(page, 'web-guide');
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
    await browser.expectAccessible(page, 'path: every panel failed');
    await shot(page, 'web-explorer-error');
    await page.close();
  });
});
