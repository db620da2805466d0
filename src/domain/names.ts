// Name handling shared by every writer and lookup: ids and case-insensitive name/alias keys.

/** A stable slug id for curated nodes: "Node.js" -> "node-js", "CI/CD Pipelines" -> "ci-cd-pipelines". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The lookup key of a name: lower case, spacing and hyphen/underscore differences folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, ' ').trim();
}

/** Every key a node answers to (name and aliases), deduplicated; stored as the node's `keys` property. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter((k) => k.length > 0))];
}
