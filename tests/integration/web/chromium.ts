// Debian's Chromium driven by playwright-core for the browser tests: one persistent context per test
// file, pages that record every request leaving loopback and every page or console error, axe-core
// (from node_modules, injected into the page: nothing is fetched) and screenshots to test-artifacts/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { testGraph } from '../../support/db.js';
import type { Graph } from '../../../src/store/graph.js';

const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('test-artifacts');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

interface Watched {
  page: Page;
  offLoopback: string[];
  errors: string[];
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

export class Browser {
  private context!: BrowserContext;
  private profile = '';
  private open: Watched[] = [];
  /** Every axe run: the state's name and how many violations of each impact it found. */
  readonly axeLog: Array<{ state: string; counts: Record<string, number> }> = [];

  async start(): Promise<void> {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}. The browser tests need it: run \`apt-get install -y chromium\` (.ci/run does this when it is missing).`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-chromium-'));
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: DESKTOP,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }

  /** Checks the pages opened since the last call: nothing left loopback, nothing logged an error. */
  checkPages(): void {
    for (const w of this.open.splice(0)) {
      expect(w.offLoopback, 'requests that left loopback').toEqual([]);
      expect(w.errors, 'page errors and console errors').toEqual([]);
    }
  }

  async close(): Promise<void> {
    await this.context?.close();
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
  }

  async page(opts: { allowErrors?: RegExp; viewport?: { width: number; height: number } } = {}): Promise<Page> {
    const page = await this.context.newPage();
    if (opts.viewport) await page.setViewportSize(opts.viewport);
    const w: Watched = { page, offLoopback: [], errors: [] };
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !LOOPBACK.has(url.hostname)) w.offLoopback.push(req.url());
    });
    page.on('pageerror', (err) => w.errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !(opts.allowErrors && opts.allowErrors.test(msg.text()))) w.errors.push(`console: ${msg.text()}`);
    });
    this.open.push(w);
    return page;
  }

  /**
   * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is and expects no serious or critical
   * violation; the counts of every impact are kept in axeLog for the report.
   */
  async expectAccessible(page: Page, state: string): Promise<AxeViolation[]> {
    // Evaluated by the driver, which the page's CSP (no inline scripts) does not apply to.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    });
    const counts: Record<string, number> = {};
    for (const v of violations) counts[v.impact ?? 'none'] = (counts[v.impact ?? 'none'] ?? 0) + v.nodes.length;
    this.axeLog.push({ state, counts });
    fs.appendFileSync(path.join(ARTIFACTS, 'axe.log'), `${state}: ${JSON.stringify(counts)}\n`);
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), `axe on ${state}`).toEqual([]);
    return violations;
  }
}

export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });

/** Whether anything on the page sticks out past the viewport's right edge (clipped on a phone). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a scroller the overflow is the scroller's, reachable by scrolling it.
      if (el.closest('.diagram-scroll, .listbox, pre')) continue;
      if (box.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className || ''} ends at ${Math.round(box.right)}`);
    }
    return out.slice(0, 10);
  });
}

/**
 * A browser test file's setup: `load` fills the test Neo4j, then the API and Chromium start; after each
 * test its pages are checked, and everything is closed at the end.
 */
export function browserSuite(load: (graph: Graph) => Promise<void>): { graph: Graph; api: () => TestApi; browser: Browser } {
  const graph = testGraph();
  const browser = new Browser();
  let api: TestApi | undefined;
  // Loading the graph plus a browser start is slow on a busy two-core machine.
  beforeAll(async () => {
    await load(graph);
    api = await startTestApi(graph);
    await browser.start();
  }, 300_000);
  afterEach(() => browser.checkPages());
  afterAll(async () => {
    await browser.close();
    await api?.close();
    await graph.close();
  });
  return { graph, api: () => api!, browser };
}
