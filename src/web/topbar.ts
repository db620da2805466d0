// The dark top bar of the pages people read (explorer, guide): the brand, home to the explorer, and
// links to the other tools.

export function topbar(links: Array<[href: string, label: string]>): string {
  const nav = links.map(([href, label]) => `<a href="${href}">${label}</a>`).join('\n    ');
  return `<header class="topbar">
  <a class="brand" href="/explore" aria-label="rolegraph explorer home">
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true"><circle cx="7" cy="16" r="5"/><circle cx="25" cy="7" r="4"/><circle cx="25" cy="25" r="4"/><path d="M11.5 14 21 8.5M11.5 18 21 23.5"/></svg>
    <span>rolegraph</span>
  </a>
  <nav aria-label="Other tools">
    ${nav}
  </nav>
</header>`;
}
