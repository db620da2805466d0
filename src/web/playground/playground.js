// @ts-check
// Boots GraphiQL (UMD globals React, ReactDOM, GraphiQL loaded just before) with the examples as tabs.
(function () {
  'use strict';
  // Both elements are in the page's markup (index.ts).
  const mount = /** @type {HTMLElement} */ (document.getElementById('graphiql'));
  const data = /** @type {HTMLScriptElement} */ (document.getElementById('rolegraph-playground'));
  /** @type {import('./config.js').PlaygroundConfig} */
  const config = JSON.parse(data.text);

  // Tabs persist in localStorage under a key that includes the examples' version: a new set of
  // examples opens fresh, while edits to the current set survive reloads.
  const prefix = 'rolegraph-playground:' + config.examplesVersion + ':';
  /** @type {GraphiQLStorage} */
  const storage = {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
    },
    get length() {
      return Object.keys(localStorage).filter((key) => key.startsWith(prefix)).length;
    },
  };

  const fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, location.href).href });
  const h = React.createElement;
  const logo = h(GraphiQL.Logo, null, h('a', { href: '/explore', className: 'rolegraph-logo', title: 'Open the career-path explorer' }, 'rolegraph'));

  mount.classList.remove('playground-loading');
  mount.removeAttribute('role');
  mount.textContent = '';
  ReactDOM.createRoot(mount).render(
    h(GraphiQL, {
      fetcher,
      storage,
      defaultTabs: config.tabs,
      // GraphiQL 4 fills the first tab's editors from these rather than from defaultTabs[0].
      initialQuery: config.tabs[0].query,
      initialVariables: config.tabs[0].variables,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    }, logo),
  );
})();
