// The explorer's three questions and its role pages in Chromium, at 1280×900 and 390×844, on the curated
// graph plus the small ESCO and O*NET fixtures (imported by the real importers, with the curated
// crosswalk), so suggestions have namesakes from three sources and O*NET records related occupations.
// Every state is checked with axe-core: no serious or critical violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadThreeSources, ONET_ALL_OTHER } from '../../support/threeSources.js';
import { browserSuite, DESKTOP, overflowing, PHONE, shot } from './chromium.js';

const ESCO_SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const ESCO_ICT_SYSTEM_ARCHITECT = 'http://data.europa.eu/esco/occupation/e1c72b5f-4c5c-487c-a6df-e84b64a51dae';
const ONET_SOFTWARE_DEVELOPERS = '15-1252.00';
const ONET_WEB_DEVELOPERS = '15-1254.00';
const SIZES = [['1280×900', DESKTOP], ['390×844', PHONE]] as const;

describe('explorer questions in Chromium', () => {
  const suite = browserSuite(loadThreeSources);
  const { browser } = suite;
  const url = () => suite.api().url;

  const ready = (page: Page, id: string) => page.locator(`#${id}[data-state="ready"]`).waitFor({ timeout: 30_000 });
  const originsOf = (page: Page, sel: string) => page.locator(sel).allTextContents();

  it('suggestions tell namesakes apart by source, and a name typed in full is taken as it is', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore?mode=next`);
    const box = page.getByRole('combobox', { name: 'Your role' });
    await box.pressSequentially('software develop');
    const options = page.locator('#next-listbox [role="option"]');
    await options.first().waitFor();
    await expect.poll(async () => (await originsOf(page, '#next-listbox [role="option"] .origin')).sort().join()).toMatch(/ESCO.*O\*NET/);
    const onet = options.filter({ has: page.locator('.opt-name', { hasText: /^Software Developers$/ }) });
    expect(await onet.locator('.opt-detail').textContent()).toBe(`O*NET occupation ${ONET_SOFTWARE_DEVELOPERS}`);
    const esco = options.filter({ has: page.locator('.opt-name', { hasText: /^software developer$/ }) });
    expect(await esco.locator('.opt-detail').textContent()).toBe('ESCO occupation, ISCO group 2512');
    await browser.expectAccessible(page, 'next: suggestions with namesakes');
    await box.fill('software developer');
    await page.getByRole('button', { name: 'Where can I go?' }).click();
    await ready(page, 'next');
    expect(new URL(page.url()).searchParams.get('from')).toBe(ESCO_SOFTWARE_DEVELOPER);
    await page.close();
  });

  for (const [size, viewport] of SIZES) {
    it(`where can I go, at ${size}: moves grouped stated / related / similar, O*NET moves labelled, origin filter`, async () => {
      const page = await browser.page({ viewport });
      await page.goto(`${url()}/explore?mode=next&from=${ONET_SOFTWARE_DEVELOPERS}`);
      await ready(page, 'next');
      expect(await page.locator('.modes a[aria-current="page"]').textContent()).toBe('Where can I go?');
      expect(await page.getByRole('combobox', { name: 'Your role' }).inputValue()).toBe('Software Developers');
      const related = page.locator('#next .move-group.related');
      expect(await related.locator('.moves > li').count()).toBeGreaterThan(0);
      expect(new Set(await related.locator('.badge').allTextContents())).toEqual(new Set(['related (O*NET)']));
      expect(await page.locator('#next .move-group.similar .moves > li').count()).toBeGreaterThan(0);
      expect(await page.locator('#next .move-group.stated').count()).toBe(0);
      await browser.expectAccessible(page, `next: answered (${size})`);
      if (viewport === PHONE) expect(await overflowing(page)).toEqual([]);
      await shot(page, `web-explorer-next-${viewport.width}`);

      // Leave O*NET out: the answer reloads from the other sources only, and the link says so.
      await page.getByRole('checkbox', { name: 'O*NET' }).uncheck();
      await expect.poll(() => new URL(page.url()).searchParams.get('origins')).toBe('CURATED,ESCO');
      await ready(page, 'next');
      await expect.poll(() => originsOf(page, '#next .move-head .origin')).not.toContain('O*NET');
      expect((await originsOf(page, '#next .move-head .origin')).length).toBeGreaterThan(0);

      // A move leads on to "from here to there" for the pair.
      await page.locator('#next .move-path').first().click();
      await ready(page, 'routes');
      expect(new URL(page.url()).searchParams.get('from')).toBe(ONET_SOFTWARE_DEVELOPERS);
      await page.close();
    });

    it(`what fits my skills, at ${size}: a pasted text and picked skills both give roles that fit`, async () => {
      const page = await browser.page({ viewport });
      await page.goto(`${url()}/explore?mode=fit`);
      await browser.expectAccessible(page, `fit: empty (${size})`);
      await page.getByLabel('Your skills, in your words').fill('Six years building REST APIs in Go and Python on PostgreSQL, with Docker, Kubernetes and Terraform, and CI pipelines.');
      await page.getByRole('button', { name: 'Find roles for this text' }).click();
      await ready(page, 'extracted');
      await ready(page, 'matches');
      const found = await page.locator('#extracted .chip').allTextContents();
      expect(found.some((t) => /Kubernetes/.test(t))).toBe(true);
      expect(await page.locator('#matches .matches > li').count()).toBeGreaterThan(0);
      expect(await page.locator('#matches .move-facts').first().textContent()).toMatch(/^You cover \d+% of what the role asks; it uses \d+% of your profile\.$/);
      // The text never goes into the URL.
      expect(new URL(page.url()).search).toBe('?mode=fit');
      await browser.expectAccessible(page, `fit: text answered (${size})`);
      if (viewport === PHONE) expect(await overflowing(page)).toEqual([]);
      await shot(page, `web-explorer-fit-${viewport.width}`);

      // Picked one by one: the ids go into the URL, and the link reproduces the answer.
      const pick = page.getByRole('combobox', { name: 'Or pick skills and tools' });
      /** Types, waits for the option named `name` and takes it with the keyboard. */
      const choose = async (text: string, name: RegExp) => {
        await pick.pressSequentially(text);
        const names = page.locator('#skill-listbox [role="option"] .opt-name');
        await names.first().waitFor();
        await expect.poll(async () => (await names.allTextContents()).findIndex((n) => name.test(n))).toBeGreaterThanOrEqual(0);
        const index = (await names.allTextContents()).findIndex((n) => name.test(n));
        for (let i = 0; i < index; i++) await pick.press('ArrowDown');
        await pick.press('Enter');
      };
      await choose('kubernet', /^Kubernetes$/);
      expect(await page.locator('#fit-picked .chip').count()).toBe(1);
      // Tools alone are no profile matchRoles takes: the page says so instead of sending it.
      await page.getByRole('button', { name: 'Match the picked skills' }).click();
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Add at least one skill/);
      await choose('api desi', /^API Design$/);
      expect(await page.locator('#fit-picked .chip').count()).toBe(2);
      await page.getByRole('button', { name: 'Match the picked skills' }).click();
      await expect.poll(() => new URL(page.url()).search).toMatch(/^\?mode=fit&skills=api-design&tools=/);
      await expect.poll(() => page.locator('#status').textContent()).toBe('Showing the roles that fit the 2 picked skills or tools.');
      expect(await page.locator('#extracted').isHidden()).toBe(true);
      const first = await page.locator('#matches .move-head a').first().textContent();
      const link = page.url();
      await page.goto(link);
      await expect.poll(() => page.locator('#status').textContent()).toBe('Showing the roles that fit the 2 picked skills or tools.');
      expect(await page.locator('#matches .move-head a').first().textContent()).toBe(first);
      expect(await page.locator('#fit-picked .chip').count()).toBe(2);
      await browser.expectAccessible(page, `fit: picked skills (${size})`);
      await page.close();
    });
  }

  it('a role page shows what an O*NET occupation needs, its job zone, tools and the curated roles mapped to it', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore?mode=next#role=${ONET_WEB_DEVELOPERS}`);
    await ready(page, 'node-page');
    expect(await page.locator('#node-page h2').textContent()).toBe('Web Developers');
    expect(await page.locator('#node-page .page-head').textContent()).toMatch(/O\*NET-SOC 15-1254\.00 · O\*NET job zone \d of 5/);
    const dots = await page.locator('#node-page .needs [role="img"]').evaluateAll((els) => els.map((e) => Number(/(\d) of 5/.exec(e.getAttribute('aria-label') ?? '')?.[1])));
    expect(dots.length).toBeGreaterThan(0);
    expect(dots).toEqual([...dots].sort((a, b) => b - a));
    expect(await page.locator('#node-page .chips.tools .chip').count()).toBeGreaterThan(0);
    // The curated crosswalk maps curated roles onto it: listed, with their source.
    const mapped = page.locator('#node-page .maps li');
    expect(await mapped.count()).toBeGreaterThan(0);
    expect(await mapped.first().locator('.origin').textContent()).toBe('Curated');
    await browser.expectAccessible(page, 'role page (O*NET)');
    await shot(page, 'web-explorer-onet-role');
    // Names on the page open their own pages.
    const name = await mapped.first().locator('a').textContent();
    await mapped.first().locator('a').click();
    await expect.poll(() => page.locator('#node-page h2').textContent()).toBe(name);
    await page.close();
  });

  it('a gap to an occupation the source rates nothing for says "not rated by the source"', async () => {
    const page = await browser.page();
    await page.goto(`${url()}/explore?from=frontend-developer&to=${ONET_ALL_OTHER}`);
    await ready(page, 'gap');
    const values = await page.locator('#gap .stat-value').allTextContents();
    expect(values).toEqual(['not rated by the source', 'not rated by the source']);
    expect(await page.locator('#gap .notes li').count()).toBeGreaterThan(0);
    await ready(page, 'routes');
    await browser.expectAccessible(page, 'path: target not rated');
    await page.close();
  });

  it('a gap to an ESCO occupation is grouped essential / optional, with the first five to start with', async () => {
    const page = await browser.page();
    // Not to ESCO software developer: the crosswalk maps Backend Developer onto it, whose requirements it
    // then borrows, so nothing is left to learn there.
    await page.goto(`${url()}/explore?from=backend-developer&to=${encodeURIComponent(ESCO_ICT_SYSTEM_ARCHITECT)}`);
    await ready(page, 'gap');
    expect(await page.locator('#gap .start-five li').count()).toBe(5);
    const groups = await page.locator('#gap .gap-group summary').allTextContents();
    expect(groups.some((g) => g.startsWith('Essential skills') || g.startsWith('Optional skills'))).toBe(true);
    await ready(page, 'overlap');
    await ready(page, 'routes');
    await browser.expectAccessible(page, 'path: curated → ESCO');
    await shot(page, 'web-explorer-esco-gap');
    await page.close();
  });
});
