// @ts-check
// An ARIA 1.2 combobox with a listbox popup: type to search, ArrowDown/ArrowUp to move, Enter to choose,
// Escape to close (a second Escape clears), Home/End in the list. The focus stays in the input; the
// active option is announced through aria-activedescendant. Each option names its source and what
// tells it apart from namesakes; a name typed in full is taken without choosing (resolveTyped).
import { exactMatches, originLabel, roleDetail } from './words.js';

const DEBOUNCE_MS = 150;

/** @typedef {import('./api.js').SearchHit} Item */

export class Combobox {
  /**
   * @param {{ input: HTMLInputElement, listbox: HTMLElement, search: (text: string, signal: AbortSignal) => Promise<Item[]>, onSelect: (item: Item | null) => void, onStatus?: (text: string) => void, noun?: string, detail?: (item: Item) => string }} opts
   */
  constructor(opts) {
    this.noun = opts.noun || 'role';
    this.detail = opts.detail || roleDetail;
    this.input = opts.input;
    this.listbox = opts.listbox;
    this.search = opts.search;
    this.onSelect = opts.onSelect;
    this.onStatus = opts.onStatus || (() => {});
    /** @type {Item[]} the options shown */
    this.items = [];
    this.active = -1;
    /** @type {Item | null} the chosen item */
    this.value = null;
    this.timer = 0;
    /** @type {AbortController | null} the search in flight */
    this.controller = null;
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 0));
    this.input.addEventListener('focus', () => {
      if (!this.value && this.input.value.trim()) this.onInput();
    });
    // mousedown, not click: choosing must happen before the input's blur closes the list.
    this.listbox.addEventListener('mousedown', (e) => {
      const option = /** @type {Element} */ (e.target).closest('[role="option"]');
      if (!(option instanceof HTMLElement)) return;
      e.preventDefault();
      this.choose(Number(option.dataset.index));
    });
  }

  /**
   * Sets the chosen role without a search (deep links, swapping).
   * @param {Item | null} item
   */
  set(item) {
    // A search still in flight must not reopen the list over the choice.
    clearTimeout(this.timer);
    if (this.controller) this.controller.abort();
    this.value = item;
    this.input.value = item ? item.name : '';
    this.input.dataset.roleId = item ? item.id : '';
    this.close();
  }

  onInput() {
    if (this.value) {
      this.value = null;
      this.input.dataset.roleId = '';
      this.onSelect(null);
    }
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.run(text), DEBOUNCE_MS);
  }

  /** @param {string} text */
  async run(text) {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.input.setAttribute('aria-busy', 'true');
    try {
      const items = await this.search(text, controller.signal);
      if (controller.signal.aborted || this.input.value.trim() !== text) return;
      this.render(items, text);
    } catch (err) {
      const error = /** @type {Error} */ (err);
      if (error.name === 'AbortError') return;
      this.render([], text, `Search failed: ${error.message}`);
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.input.removeAttribute('aria-busy');
      }
    }
  }

  /**
   * @param {Item[]} items
   * @param {string} text
   * @param {string} [error]
   */
  render(items, text, error) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    this.listbox.textContent = '';
    if (!items.length) {
      const li = document.createElement('li');
      li.className = error ? 'empty error' : 'empty';
      // A listbox holds only options: the message is one that cannot be chosen.
      li.setAttribute('role', 'option');
      li.setAttribute('aria-disabled', 'true');
      li.textContent = error || `No ${this.noun} matches “${text}”.`;
      this.listbox.append(li);
    }
    items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = `${this.listbox.id}-opt-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(i);
      li.dataset.roleId = item.id;
      const name = document.createElement('span');
      name.className = 'opt-name';
      name.textContent = item.name;
      const badge = document.createElement('span');
      badge.className = `origin origin-${String(item.origin || 'none').toLowerCase()}`;
      badge.textContent = originLabel(item.origin);
      const detail = document.createElement('span');
      detail.className = 'opt-detail';
      detail.textContent = this.detail(item);
      li.append(name, ' ', badge, detail);
      this.listbox.append(li);
    });
    this.open();
    this.highlight();
    const n = items.length;
    this.onStatus(error || (n ? `${n} ${this.noun}${n === 1 ? '' : 's'} found. Use the arrow keys and Enter to choose.` : `No ${this.noun} matches ${text}.`));
  }

  /**
   * The chosen item, or the one whose whole name was typed without choosing. Several namesakes (ESCO
   * "software developer" and a curated one, say) open the list to choose from instead.
   * @returns {Promise<{ item: Item } | { ambiguous: number } | null>}
   */
  async resolveTyped() {
    if (this.value) return { item: this.value };
    const text = this.input.value.trim();
    if (!text) return null;
    clearTimeout(this.timer);
    const items = await this.search(text, new AbortController().signal);
    const exact = exactMatches(items, text);
    if (exact.length === 1) {
      this.set(exact[0]);
      return { item: exact[0] };
    }
    if (exact.length > 1) {
      this.render(exact, text);
      this.input.focus();
      return { ambiguous: exact.length };
    }
    return null;
  }

  open() {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  get isOpen() {
    return !this.listbox.hidden;
  }

  highlight() {
    const options = this.listbox.querySelectorAll('[role="option"]');
    options.forEach((el, i) => el.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  /** @param {number} delta */
  move(delta) {
    if (!this.items.length) return;
    const n = this.items.length;
    this.active = this.active < 0 ? (delta > 0 ? 0 : n - 1) : (this.active + delta + n) % n;
    this.highlight();
  }

  /** @param {number} index */
  choose(index) {
    const item = this.items[index];
    if (!item) return;
    this.set(item);
    this.onSelect(item);
  }

  /** @param {KeyboardEvent} e */
  onKeyDown(e) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.isOpen) {
          if (this.items.length && !this.value) this.open();
          else if (this.input.value.trim()) this.run(this.input.value.trim());
          return;
        }
        this.move(1);
        break;
      case 'ArrowUp':
        if (!this.isOpen) return;
        e.preventDefault();
        this.move(-1);
        break;
      case 'Home':
      case 'End':
        if (!this.isOpen || !this.items.length) return;
        e.preventDefault();
        this.active = e.key === 'Home' ? 0 : this.items.length - 1;
        this.highlight();
        break;
      case 'Enter':
        // With the list open Enter chooses; closed, it submits the form as usual.
        if (this.isOpen && this.active >= 0) {
          e.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (this.isOpen) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.set(null);
          this.onSelect(null);
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }
}
