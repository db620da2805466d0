// @ts-check
// "Where can I go?": one role, then nextRoles grouped as stated moves, moves a dataset records and
// roles with similar skills, from the sources the person ticks (?mode=next&from=&origins=).
import { gql, QUERIES } from './api.js';
import { count, done, h, nodeLink, originBadge, pct } from './dom.js';
import { $, load, pickedRole, reveal, roleById, rolePicker, setStatus, setUrl } from './ui.js';
import { groupMoves, stepLabel } from './words.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').Move} Move */
/** @typedef {import('./ui.js').HistoryMode} HistoryMode */

const ALL = ['CURATED', 'ESCO', 'ONET'];
const FIRST = 30;

/** @type {Array<['stated' | 'related' | 'similar', string, string]>} */
const GROUPS = [
  ['stated', 'Stated moves', 'An article names this move in so many words.'],
  ['related', 'Related occupations', 'A dataset records the move (O*NET related occupations), or an article implies it.'],
  ['similar', 'Similar roles', 'Not recorded anywhere: suggested because the skills overlap.'],
];

export class NextMode {
  constructor() {
    this.form = /** @type {HTMLFormElement} */ ($('next-form'));
    this.results = $('next-results');
    this.panel = $('next');
    /** @type {string} the link whose answer is shown */
    this.shownFor = '';
    this.box = rolePicker('next', (item) => {
      if (item) this.answer(item, this.origins(), 'push');
    });
    this.form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const role = await pickedRole(this.box, 'current');
      if (role) this.answer(role, this.origins(), 'push');
    });
    this.form.querySelectorAll('input[name="origin"]').forEach((el) => el.addEventListener('change', () => {
      if (this.box.value) this.answer(this.box.value, this.origins(), 'replace');
    }));
  }

  /** @returns {string[]} the ticked sources */
  origins() {
    return [...this.form.querySelectorAll('input[name="origin"]:checked')].map((el) => /** @type {HTMLInputElement} */ (el).value);
  }

  /** @param {string[]} origins */
  setOrigins(origins) {
    this.form.querySelectorAll('input[name="origin"]').forEach((el) => {
      const box = /** @type {HTMLInputElement} */ (el);
      box.checked = origins.includes(box.value);
    });
  }

  /**
   * @param {Named} from
   * @param {string[]} origins
   * @param {HistoryMode} history
   */
  async answer(from, origins, history) {
    if (!origins.length) {
      setStatus('Tick at least one source to suggest roles from.', 'error');
      return;
    }
    const all = origins.length === ALL.length;
    setUrl({ mode: 'next', from: from.id, origins: all ? null : origins.join(',') }, history, `Where can I go from ${from.name}?`);
    this.shownFor = location.search;
    const signal = new AbortController().signal;
    this.results.hidden = false;
    this.results.dataset.shown = 'true';
    reveal(this.results);
    setStatus(`Loading where ${from.name} can lead…`);
    const ok = await load(this.panel, 'next roles', signal, async () => {
      /** @type {{ nextRoles: Move[] }} */
      const data = await gql(QUERIES.next, { from: from.id, origins: all ? null : origins, first: FIRST }, signal);
      this.render(from, data.nextRoles);
    });
    setStatus(ok ? `Showing where ${from.name} can lead.` : `Could not load where ${from.name} can lead.`, ok ? 'ok' : 'error');
  }

  /**
   * @param {Named} from
   * @param {Move[]} moves
   */
  render(from, moves) {
    if (!moves.length) {
      done(this.panel, h('p', { class: 'empty-note' }, `No move out of ${from.name} in the chosen sources.`));
      return;
    }
    const groups = groupMoves(moves);
    done(this.panel, ...GROUPS.map(([key, title, why]) => {
      const list = groups[key];
      if (!list.length) return null;
      return h('section', { class: `move-group ${key}`, 'aria-labelledby': `moves-${key}` },
        h('h3', { id: `moves-${key}` }, title, ' ', count(list.length)),
        h('p', { class: 'note' }, why),
        h('ol', { class: 'moves' }, list.map((m) => h('li', null,
          h('div', { class: 'move-head' }, nodeLink('role', m.role), ' ', originBadge(m.role.origin)),
          h('p', { class: 'move-facts' },
            h('span', { class: `badge ${m.stated ? 'stated' : m.recorded ? 'recorded' : 'inferred'}` }, moveLabel(m)),
            ` similarity ${pct(m.score)}`,
            m.tier ? ` · O*NET tier ${m.tier}` : null),
          h('a', { class: 'move-path', href: `/explore?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(m.role.id)}` }, 'How to get there →')))));
    }));
  }

  /**
   * @param {URLSearchParams} params
   * @param {HistoryMode} history
   */
  async show(params, history) {
    const id = params.get('from');
    const origins = (params.get('origins') || ALL.join(',')).split(',').filter((o) => ALL.includes(o));
    this.setOrigins(origins);
    if (!id) {
      this.box.set(null);
      this.results.hidden = true;
      delete this.results.dataset.shown;
      document.title = 'Where can I go? · rolegraph explorer';
      return;
    }
    // Back from a role page to the same answer: it is still there.
    if (this.results.dataset.shown === 'true' && this.shownFor === location.search) return;
    try {
      const role = await roleById(id);
      this.box.set(role);
      if (!role) setStatus(`No role with the id ${id}. Pick one from the suggestions.`, 'error');
      else await this.answer(role, origins, history);
    } catch (err) {
      setStatus(`Could not load the role from the link: ${/** @type {Error} */ (err).message}`, 'error');
    }
  }
}

/** @param {Move} m a move's kind in words: the step labels of the routes, plus the article's own kind */
function moveLabel(m) {
  const label = stepLabel(m);
  return m.stated && m.kind !== 'RELATED' ? `${label} · ${m.kind.toLowerCase()}` : label;
}
