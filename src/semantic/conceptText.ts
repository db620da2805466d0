// What text stands for a concept when it is embedded. One recipe decides it for every Role, Skill,
// Tool and Practice of every origin; docs/semantic.md shows the variants compared and why this one.

export const CONCEPT_KINDS = ['Role', 'Skill', 'Tool', 'Practice'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/** The node properties a concept text may draw on (as stored by the importers and the seed). */
export interface ConceptFields {
  kind: ConceptKind;
  name: string;
  aliases?: readonly string[] | null;
  description?: string | null;
  /** Curated roles describe themselves in `summary` rather than `description`. */
  summary?: string | null;
  /** O*NET tools: the UNSPSC commodity they are filed under, e.g. "Spreadsheet software". */
  commodityTitle?: string | null;
}

export interface TextRecipe {
  /** How many aliases follow the name (in stored order, skipping repeats of the name). */
  aliases: number;
  /** Words of the description (its first sentence at most) appended; 0 for none. */
  descriptionWords: number;
  /** Append an O*NET tool's commodity title. */
  commodity: boolean;
}

/** The recipe in use (chosen by measurement, docs/semantic.md). */
export const CONCEPT_TEXT_RECIPE: TextRecipe = { aliases: 2, descriptionWords: 12, commodity: true };

function firstWords(text: string, words: number): string {
  const sentence = text.trim().split(/(?<=[.!?])\s+/)[0];
  const parts = sentence.split(/\s+/);
  const cut = parts.length > words ? `${parts.slice(0, words).join(' ')}` : sentence;
  return cut.replace(/[.!?;:,]+$/, '');
}

function distinctAliases(name: string, aliases: readonly string[], max: number): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const a of aliases) {
    if (out.length >= max) break;
    const key = a.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(a.trim());
  }
  return out;
}

export function conceptTextWith(c: ConceptFields, recipe: TextRecipe): string {
  const name = c.name.trim();
  const aliases = distinctAliases(name, c.aliases ?? [], recipe.aliases);
  let text = aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
  if (recipe.commodity && c.commodityTitle) text += `, ${c.commodityTitle.trim()}`;
  const description = c.description ?? c.summary;
  if (recipe.descriptionWords > 0 && description) text += `: ${firstWords(description, recipe.descriptionWords)}`;
  return text;
}

/** The text embedded for a concept. */
export function conceptText(c: ConceptFields): string {
  return conceptTextWith(c, CONCEPT_TEXT_RECIPE);
}
