// @ts-check
// "From here to there": two role pickers, then the overlap, the skill gap and the routes, each panel
// loaded on its own so one failing query leaves the others standing (?from=&to=).
import { gql, QUERIES } from './api.js';
import { renderGap, renderOverlap, renderRoutes } from './panels.js';
import { $, load, pickedRole, reveal, roleById, rolePicker, setStatus, setUrl } from './ui.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').Comparison} Comparison */
/** @typedef {import('./api.js').SkillGap} SkillGap */
/** @typedef {import('./api.js').CareerPath} CareerPath */
/** @typedef {import('./api.js').Needs} Needs */
/** @typedef {import('./ui.js').HistoryMode} HistoryMode */

const MAX_STEPS = 3;
const ROUTES = 3;
/** Below this width the routes diagram runs top to bottom. */
const NARROW = '(max-width: 640px)';

export class PathMode {
  constructor() {
    this.results = $('results');
    this.panels = { overlap: $('overlap'), gap: $('gap'), routes: $('routes') };
    /** @type {AbortController | null} the pair being loaded */
    this.current = null;
    /** @type {{ paths: CareerPath[], from: Named, to: Named } | null} the routes shown, redrawn when the screen turns */
    this.drawn = null;
    this.fromBox = rolePicker('from', (item) => this.picked(item));
    this.toBox = rolePicker('to', (item) => this.picked(item));
    $('pick').addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    $('swap').addEventListener('click', () => {
      const a = this.fromBox.value;
      const b = this.toBox.value;
      this.fromBox.set(b);
      this.toBox.set(a);
      if (a && b) this.answer(b, a, 'push');
    });
    const narrow = window.matchMedia(NARROW);
    narrow.addEventListener('change', () => {
      if (this.drawn) renderRoutes(this.panels.routes, this.drawn.paths, this.drawn.from, this.drawn.to, narrow.matches);
    });
  }

  /** @param {Named | null} item */
  picked(item) {
    if (item && this.fromBox.value && this.toBox.value) this.answer(this.fromBox.value, this.toBox.value, 'push');
  }

  async submit() {
    const from = await pickedRole(this.fromBox, 'current');
    if (!from) return;
    const to = await pickedRole(this.toBox, 'target');
    if (to) this.answer(from, to, 'push');
  }

  /**
   * Loads the three panels for a pair of roles; `history` says whether the URL gets a new entry.
   * @param {Named} from
   * @param {Named} to
   * @param {HistoryMode} history
   */
  async answer(from, to, history) {
    if (from.id === to.id) {
      setStatus('Pick two different roles to compare.', 'error');
      return;
    }
    if (this.current) this.current.abort();
    const controller = new AbortController();
    this.current = controller;
    const { signal } = controller;
    const { overlap, gap, routes } = this.panels;
    setUrl({ from: from.id, to: to.id }, history, `${from.name} → ${to.name}`);
    this.results.hidden = false;
    this.results.dataset.shown = 'true';
    reveal(this.results);
    setStatus(`Loading ${from.name} → ${to.name}…`);
    const ok = await Promise.all([
      load(overlap, 'overlap', signal, async () => {
        /** @type {{ compareRoles: Comparison, fromNeeds: Needs, toNeeds: Needs }} */
        const data = await gql(QUERIES.compare, { roles: [from.id, to.id], from: from.id, to: to.id }, signal);
        if (!signal.aborted) renderOverlap(overlap, data.compareRoles, from, to, data);
      }),
      load(gap, 'skill gap', signal, async () => {
        /** @type {{ skillGap: SkillGap, toNeeds: Needs }} */
        const data = await gql(QUERIES.gap, { from: from.id, to: to.id }, signal);
        if (!signal.aborted) renderGap(gap, data.skillGap, data.toNeeds);
      }),
      load(routes, 'routes', signal, async () => {
        /** @type {{ careerPaths: CareerPath[] }} */
        const data = await gql(QUERIES.paths, { from: from.id, to: to.id, maxSteps: MAX_STEPS, first: ROUTES }, signal);
        if (signal.aborted) return;
        this.drawn = { paths: data.careerPaths, from, to };
        renderRoutes(routes, data.careerPaths, from, to, window.matchMedia(NARROW).matches);
      }),
    ]);
    if (signal.aborted) return;
    const failed = ok.filter((x) => !x).length;
    setStatus(
      failed ? `Showing ${from.name} → ${to.name}; ${failed} of 3 panels could not load.` : `Showing ${from.name} → ${to.name}.`,
      failed ? 'error' : 'ok',
    );
  }

  /**
   * @param {URLSearchParams} params
   * @param {HistoryMode} history
   */
  async show(params, history) {
    const ids = [params.get('from'), params.get('to')];
    if (!ids[0] && !ids[1]) {
      this.fromBox.set(null);
      this.toBox.set(null);
      this.results.hidden = true;
      delete this.results.dataset.shown;
      document.title = 'rolegraph · career-path explorer';
      return;
    }
    // Back from a role page to the same pair: the panels are still there.
    if (this.fromBox.value && this.toBox.value && this.fromBox.value.id === ids[0] && this.toBox.value.id === ids[1] && this.results.dataset.shown) return;
    setStatus('Loading the roles from the link…');
    try {
      const [from, to] = await Promise.all(ids.map((id) => (id ? roleById(id) : null)));
      this.fromBox.set(from);
      this.toBox.set(to);
      const missing = ids.filter((id, i) => id && ![from, to][i]);
      if (missing.length) {
        setStatus(`No role with the id ${missing.join(' or ')}. Pick one from the suggestions.`, 'error');
        return;
      }
      if (from && to) await this.answer(from, to, history);
      else setStatus(`Now pick the ${from ? 'target' : 'current'} role.`);
    } catch (err) {
      setStatus(`Could not load the roles from the link: ${/** @type {Error} */ (err).message}`, 'error');
    }
  }
}
