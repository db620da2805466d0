// The explorer as a career tool, in Chromium at 1280×900 and 390×844 (issues 16 and 17): tool pages
// (#tool=<id>) with the roles that use a tool, O*NET's hot technologies marked in words and the tool's
// equivalents in the other sources, tool names linking to them wherever they appear; and "what fits my
// skills?" going on from a text: the skills found are chips one can strike out (by keyboard), each
// removal matching again, and any fitting role leads on to the gap from the profile and the routes from
// the best-fitting role. On the curated graph plus the small ESCO and O*NET fixtures. Every state is
// checked with axe-core; nothing leaves loopback.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadThreeSources } from '../../support/threeSources.js';
import { browserSuite, DESKTOP, overflowing, PHONE, shot } from './chromium.js';

const ONET_WEB_DEVELOPERS = '15-1254.00';
const AWS = 'onet-tool:amazon-web-services-aws-software';
const SIZES = [['1280×900', DESKTOP], ['390×844', PHONE]] as const;
const CV = 'Six years building REST APIs in Go and Python on PostgreSQL, with Docker, Kubernetes and Terraform, and CI pipelines.';

describe('the explorer as a career tool, in Chromium', () => {
  const suite = browserSuite(async (graph) => {
    await loadThreeSources(graph);
    // A link rolegraph link would write (it is not run here): curated AWS is O*NET's AWS software.
    await graph.write("MATCH (c:Tool {id: 'aws'}), (o:Tool {id: $aws}) CREATE (o)-[:SAME_AS {method: 'name', score: 1.0, reviewed: false, origin: 'link'}]->(c)", { aws: AWS });
  });
  const { browser } = suite;
  const url = () => suite.api().url;
  const ready = (page: Page, id: string) => page.locator(`#${id}[data-state="ready"]`).waitFor({ timeout: 30_000 });
  const status = (page: Page) => page.locator('#status').textContent();
  const section = (page: Page, title: string) => page.locator('#node-page .page-section').filter({ has: page.locator('h3', { hasText: new RegExp(`^${title}$`) }) });

  for (const [size, viewport] of SIZES) {
    it(`an O*NET role page marks its hot technologies in words and links every tool to its page, at ${size}`, async () => {
      const page = await browser.page({ viewport });
      await page.goto(`${url()}/explore?mode=next#role=${ONET_WEB_DEVELOPERS}`);
      await ready(page, 'node-page');
      const chips = page.locator('#node-page .chips.tools .chip:not(.more)');
      const flagged = await chips.evaluateAll((els) => els.map((el) => Boolean(el.querySelector('.flag.hot'))));
      const hot = flagged.filter(Boolean).length;
      expect(hot).toBeGreaterThan(0);
      expect(hot).toBeLessThan(flagged.length);
      // Hot technologies first; the badge is a word (with more for a screen reader), not a colour.
      expect(flagged).toEqual([...flagged].sort((a, b) => Number(b) - Number(a)));
      expect(await chips.locator('.flag.hot').first().textContent()).toBe('hot technology (O*NET)');
      expect(await section(page, 'Tools').locator('.note').textContent()).toBe(`${hot} of ${flagged.length} marked “hot”: O*NET hot technologies for this occupation, often named in its job postings; they come first.`);
      expect(await chips.locator('a').evaluateAll((as) => as.every((a) => /^#tool=/.test(a.getAttribute('href') ?? '')))).toBe(true);
      await browser.expectAccessible(page, `role page with hot technologies (${size})`);
      if (viewport === PHONE) expect(await overflowing(page)).toEqual([]);
      await page.close();
    });

    it(`a tool page: kind, source, hot for which occupations, the roles that use it, each linked, at ${size}`, async () => {
      const page = await browser.page({ viewport });
      await page.goto(`${url()}/explore#tool=${encodeURIComponent(AWS)}`);
      await ready(page, 'node-page');
      expect(await page.locator('#node-page h2').textContent()).toBe('Amazon Web Services AWS software');
      expect(await page.title()).toBe('Amazon Web Services AWS software · rolegraph explorer');
      const head = page.locator('#node-page .page-head');
      expect(await head.locator('.origin').textContent()).toBe('O*NET');
      expect(await head.locator('.flag').allTextContents()).toEqual(['hot technology (O*NET)', 'in demand (O*NET)']);
      const roles = page.locator('#node-page .tool-roles li');
      const n = await roles.count();
      expect(n).toBeGreaterThan(2);
      expect(await page.locator('#node-page .hot-note').textContent()).toBe(`O*NET marks it a Hot Technology, a technology employers often name in job postings, for ${n} of the ${n} occupations that use it.`);
      // Per occupation: in demand for some of them only.
      const demand = await roles.evaluateAll((els) => els.map((el) => Boolean(el.querySelector('.flag.in-demand'))));
      expect(new Set(demand)).toEqual(new Set([true, false]));
      // Its equivalent in the curated graph, with its source.
      const same = section(page, 'The same in other sources').locator('li');
      expect(await same.allTextContents()).toEqual(['AWS Curated']);
      expect(await same.locator('a').getAttribute('href')).toBe('#tool=aws');
      await browser.expectAccessible(page, `tool page, O*NET (${size})`);
      if (viewport === PHONE) expect(await overflowing(page)).toEqual([]);
      await shot(page, `web-explorer-tool-${viewport.width}`);
      // A role on it opens its page, and a tool there opens the tool's page again.
      const role = await roles.first().locator('a').textContent();
      await roles.first().locator('a').click();
      await expect.poll(() => page.locator('#node-page h2').textContent()).toBe(role);
      await ready(page, 'node-page');
      await page.locator(`#node-page .chips.tools a[href="#tool=${encodeURIComponent(AWS)}"]`).click();
      await expect.poll(() => page.locator('#node-page h2').textContent()).toBe('Amazon Web Services AWS software');
      await page.close();
    });
  }

  it('a curated tool and a curated role say nothing about hot technologies (the source does not rate them)', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore#tool=docker`);
    await ready(page, 'node-page');
    expect(await page.locator('#node-page h2').textContent()).toBe('Docker');
    expect(await page.locator('#node-page .page-head .origin').textContent()).toBe('Curated');
    expect(await page.locator('#node-page .flag').count()).toBe(0);
    expect(await page.locator('#node-page .hot-note').count()).toBe(0);
    expect(await page.locator('#node-page .tool-roles li').count()).toBeGreaterThan(2);
    expect(await section(page, 'Skills it serves').locator('.chip a').count()).toBeGreaterThan(0);
    expect(await page.locator('#node-page .sources li').count()).toBeGreaterThan(0);
    expect(await section(page, 'The same in other sources').locator('.note').textContent()).toBe('Not linked to a tool or skill of another source.');
    await browser.expectAccessible(page, 'tool page, curated');
    await page.goto(`${url()}/explore#role=backend-developer`);
    await ready(page, 'node-page');
    expect(await page.locator('#node-page .chips.tools .chip a[href^="#tool="]').count()).toBeGreaterThan(5);
    expect(await page.locator('#node-page .flag').count()).toBe(0);
    expect(await section(page, 'Tools').locator('.note').count()).toBe(0);
    // An unknown tool is reported, not shown.
    await page.goto(`${url()}/explore#tool=no-such-tool`);
    await page.locator('#node-page[data-state="error"]').waitFor();
    expect(await page.locator('#node-page .error').textContent()).toMatch(/No tool has the id no-such-tool\./);
    await page.close();
  });

  it('the tools of a gap and of a fitting role link to their pages', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore?from=backend-developer&to=platform-engineer`);
    await ready(page, 'gap');
    const tools = page.locator('#gap .chips.tools .chip a');
    expect(await tools.count()).toBeGreaterThan(0);
    const name = await tools.first().textContent();
    await tools.first().click();
    await ready(page, 'node-page');
    expect(await page.locator('#node-page h2').textContent()).toBe(name);
    expect(new URL(page.url()).hash).toMatch(/^#tool=/);
    await page.goBack();
    await expect.poll(() => page.locator('#results').isVisible()).toBe(true);
    await page.close();
  });

  for (const [size, viewport] of SIZES) {
    it(`what fits my skills, at ${size}: strike out found skills by keyboard, then the gap and routes from the profile`, async () => {
      const page = await browser.page({ viewport });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${url()}/explore?mode=fit`);
      await page.getByLabel('Your skills, in your words').fill(CV);
      await page.getByRole('button', { name: 'Find roles for this text' }).click();
      await ready(page, 'extracted');
      await ready(page, 'matches');
      const chips = page.locator('#extracted .chips.found .chip');
      const before = await chips.count();
      expect(before).toBeGreaterThan(3);
      // Tools found in the text link to their pages too.
      expect(await chips.locator('a[href^="#tool="]').count()).toBeGreaterThan(0);

      // Strike out Kubernetes with the keyboard: the chip goes, focus stays in the list, the roles are matched again.
      const remove = page.getByRole('button', { name: 'Remove Kubernetes' });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page)).toBe(`Kubernetes removed: showing the roles that fit the ${before - 1} skills and tools left and what the text is about.`);
      expect(await chips.count()).toBe(before - 1);
      expect(await page.locator('#extracted .chip', { hasText: 'Kubernetes' }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('remove'))).toBe(true);
      expect(await page.locator('#extracted .struck').textContent()).toBe('1 removed. Put it back');
      // And a second one, with Space this time.
      const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      await page.keyboard.press(' ');
      await expect.poll(() => status(page)).toBe(`${next!.replace(/^Remove /, '')} removed: showing the roles that fit the ${before - 2} skills and tools left and what the text is about.`);
      expect(await chips.count()).toBe(before - 2);
      await browser.expectAccessible(page, `fit: skills struck out (${size})`);

      // A role that fits, not the best one: the gap from the profile, and the routes from the best fit.
      const matches = page.locator('#matches .matches > li');
      const best = await matches.first().locator('.move-head a').textContent();
      const second = matches.nth(1);
      const target = await second.locator('.move-head a').textContent();
      await second.getByRole('button', { name: 'Gap and routes from my profile' }).click();
      await ready(page, 'fit-gap');
      await ready(page, 'fit-routes');
      await expect.poll(() => status(page)).toBe(`Showing the way from your profile to ${target}.`);
      expect(await page.locator('#fit-gap h2').textContent()).toBe(`From your profile to ${target}`);
      expect(await second.getByRole('button', { name: 'Gap and routes from my profile' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('#fit-gap .stat-value').first().textContent()).toMatch(/^\d+%$|^not rated by the source$/);
      expect(await page.locator('#fit-routes .panel-sub').textContent()).toBe(`From ${best}, the role your profile fits best. Compare the two roles →`);
      const routes = await page.locator('#fit-routes .route-list > li').count();
      if (routes > 0) expect(await page.locator('#fit-routes .route-path').first().textContent()).toMatch(new RegExp(`^${best!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → `));
      else expect(await page.locator('#fit-routes .empty-note').textContent()).toMatch(/^No route from /);
      await browser.expectAccessible(page, `fit: gap and routes from the profile (${size})`);
      if (viewport === PHONE) expect(await overflowing(page)).toEqual([]);
      await shot(page, `web-explorer-fit-path-${viewport.width}`);

      // The best fit itself needs no route; the gap is what is left.
      await matches.first().getByRole('button', { name: 'Gap and routes from my profile' }).click();
      await expect.poll(() => page.locator('#fit-gap h2').textContent()).toBe(`From your profile to ${best}`);
      await ready(page, 'fit-routes');
      expect(await page.locator('#fit-routes .empty-note').textContent()).toBe(`${best} is the role your profile fits best: the gap is what is left, no move needed. Where it leads →`);

      // Putting the struck-out skills back matches on the whole text again, and the chosen role follows.
      await page.getByRole('button', { name: 'Put all 2 back' }).click();
      await expect.poll(() => status(page)).toMatch(/^Showing the way from your profile to /);
      expect(await chips.count()).toBe(before);
      await ready(page, 'fit-gap');

      // The text never goes into the URL, and every call went to this server's API.
      expect(new URL(page.url()).search).toBe('?mode=fit');
      expect(requests.every((r) => r.startsWith(url()))).toBe(true);
      const bodies = requests.filter((r) => r.includes('?'));
      expect(bodies.some((r) => r.includes('Kubernetes'))).toBe(false);
      await page.close();
    });
  }

  it('what fits my skills: with only tools left nothing is sent, and the page says what to do', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore?mode=fit`);
    await page.getByLabel('Your skills, in your words').fill('Docker and Kubernetes, plus API design.');
    await page.getByRole('button', { name: 'Find roles for this text' }).click();
    await ready(page, 'extracted');
    await ready(page, 'matches');
    const skills = await page.locator('#extracted .chips.found .chip').evaluateAll((els) => els.filter((el) => !el.querySelector('a[href^="#tool="]')).map((el) => el.querySelector('button')!.getAttribute('aria-label')!));
    expect(skills.length).toBeGreaterThan(0);
    for (const label of skills) await page.getByRole('button', { name: label, exact: true }).click();
    await expect.poll(() => status(page)).toMatch(/: no skill left to match\.$/);
    expect(await page.locator('#matches .empty-note').textContent()).toBe('Only tools are left: roles are matched on skills, and tools count on top of them. Put a skill back.');
    await browser.expectAccessible(page, 'fit: only tools left');
    await page.close();
  });
});
