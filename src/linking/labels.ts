// The names a concept is known by, in the forms the three sources write them, so that the same skill or
// tool meets itself across origins: ESCO qualifies ambiguous names ("Java (computer programming)"), O*NET
// prefixes vendors and suffixes kinds and acronyms ("Oracle Java", "Amazon Web Services AWS software",
// "Structured query language SQL"), the curated graph writes plain product names ("Java", "AWS").
// Pure functions; every key is folded with nameKey so spacing, case and hyphens do not matter.
import { nameKey } from '../domain/names.js';

/** How a label was derived, strongest first; the linker scores a match by its weaker side. */
export type LabelForm = 'name' | 'alias' | 'unqualified' | 'acronym' | 'expansion' | 'unsuffixed' | 'unvendored' | 'tail' | 'stems';

export interface LabelKey {
  key: string;
  form: LabelForm;
  /** The label text the key was folded from, in its original case. */
  text: string;
}

/** Trust in a match made through each form (a match's score is the product of its two sides). */
export const FORM_SCORE: Record<LabelForm, number> = {
  name: 1,
  alias: 0.97,
  unqualified: 0.97,
  acronym: 0.93,
  expansion: 0.95,
  unsuffixed: 0.95,
  unvendored: 0.9,
  tail: 0.9,
  stems: 0.95,
};

/** Vendors O*NET and ESCO put before product names ("Oracle Java", "Apache Hadoop", "The MathWorks MATLAB"). */
const VENDORS = [
  'the mathworks', 'microsoft', 'oracle', 'apache', 'ibm', 'adobe', 'amazon', 'google', 'apple', 'atlassian', 'sap', 'autodesk',
  'dassault systemes', 'intuit', 'salesforce', 'red hat', 'vmware', 'cisco', 'hashicorp', 'jetbrains', 'mongodb', 'elastic',
  'docker', 'github', 'gitlab', 'mozilla', 'facebook', 'meta', 'twitter', 'dell', 'hp', 'hewlett packard', 'sas', 'tableau',
];

/** Words O*NET appends to say what kind of thing a product is ("Microsoft Azure software"). */
const KIND_SUFFIXES = ['software', 'systems', 'system', 'programming language', 'language', 'framework', 'library', 'platform', 'tool', 'tools'];

/** ESCO's disambiguating qualifier, "(computer programming)"; O*NET's trailing parenthetical versions. */
const QUALIFIER = /\s*\(([^()]*)\)\s*$/;

/**
 * Remainders too generic to stand for a product once a vendor is stripped ("Oracle Database" is not
 * "database"): a vendor-stripped key is only kept if it is not one of these.
 */
const GENERIC = new Set(['database', 'server', 'cloud', 'analytics', 'office', 'project', 'access', 'word', 'publisher', 'dynamics', 'notes', 'teams', 'drive', 'docs', 'forms', 'sheets', 'meet', 'exchange', 'search', 'maps', 'translate', 'fusion', 'design', 'studio']);

function stripSuffix(text: string): string | null {
  const lower = text.toLowerCase();
  for (const suffix of KIND_SUFFIXES) {
    if (lower.endsWith(` ${suffix}`) && text.length > suffix.length + 2) return text.slice(0, -suffix.length - 1).trim();
  }
  return null;
}

function stripVendor(text: string): string | null {
  const lower = text.toLowerCase();
  for (const vendor of VENDORS) {
    if (lower.startsWith(`${vendor} `)) {
      const rest = text.slice(vendor.length + 1).trim();
      return rest.length >= 2 && !GENERIC.has(rest.toLowerCase()) ? rest : null;
    }
  }
  return null;
}

/**
 * "Amazon Web Services AWS" → expansion "amazon web services" and acronym "aws": O*NET writes a name and
 * then its acronym in capitals. The acronym's letters must run through the expansion in order, starting
 * with its first word ("Common business oriented language COBOL"), so "Oracle Java" or "Microsoft SQL
 * Server" are left alone.
 */
function splitAcronym(name: string): { expansion: string; acronym: string } | null {
  const m = /^(.*\S)\s+([A-Z][A-Z0-9]{1,7})$/.exec(name.trim());
  if (!m) return null;
  const expansion = m[1].replace(/^the\s+/i, '');
  const letters = expansion.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  const acronym = m[2].toLowerCase();
  if (letters[0] !== acronym[0]) return null;
  let at = 0;
  for (const ch of acronym) {
    at = letters.indexOf(ch, at);
    if (at < 0) return null;
    at++;
  }
  // Every word must lend at least its initial: otherwise "Sun Microsystems Java JSP" would expand to two words.
  const initials = expansion.split(/[\s-]+/).filter((w) => w.length > 0).map((w) => w[0].toLowerCase());
  return initials.every((c) => acronym.includes(c)) ? { expansion: m[1], acronym: m[2] } : null;
}

/**
 * "Tenable Nessus" → "Nessus": a product name after up to three capitalised words (its maker). Kept only
 * when the product part is itself a proper name of three letters or more; the linker confirms it against
 * the concepts' texts, since a tail can also be a different product ("Visual Studio .NET").
 */
function tails(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  for (let drop = 1; drop <= 3 && drop < words.length; drop++) {
    if (!words.slice(0, drop).every((w) => /^[A-Z0-9]/.test(w))) break;
    const rest = words.slice(drop).join(' ');
    if (rest.length >= 3 && /^[A-Z0-9]/.test(rest)) out.push(rest);
  }
  return out;
}

/** Every key a concept answers to, with the form each came from (a key appears once, in its strongest form). */
export function labelKeys(name: string, aliases: readonly string[] = []): LabelKey[] {
  const out = new Map<string, { form: LabelForm; text: string }>();
  const add = (text: string | null | undefined, form: LabelForm) => {
    if (!text) return;
    const key = nameKey(text);
    if (key.length === 0) return;
    const had = out.get(key);
    if (had === undefined || FORM_SCORE[form] > FORM_SCORE[had.form]) out.set(key, { form, text: text.trim() });
  };
  const labels: [string, LabelForm][] = [[name, 'name'], ...aliases.map((a): [string, LabelForm] => [a, 'alias'])];
  for (const [label, form] of labels) {
    add(label, form);
    const q = QUALIFIER.exec(label);
    const bare = q ? label.slice(0, q.index) : label;
    if (q) add(bare, form === 'name' ? 'unqualified' : 'alias');
    // "Computer aided design CAD software": the kind suffix comes after the acronym.
    const unsuffixed = stripSuffix(bare);
    for (const base of [bare, unsuffixed]) {
      if (!base) continue;
      if (base === unsuffixed) add(base, 'unsuffixed');
      const acr = splitAcronym(base);
      if (acr) {
        add(acr.expansion, 'expansion');
        add(acr.acronym, 'acronym');
      }
      add(stripVendor(base), 'unvendored');
      if (acr) add(stripVendor(acr.expansion), 'unvendored');
    }
    if (form === 'name') for (const tail of tails(unsuffixed ?? bare)) add(tail, 'tail');
  }
  const stems = stemKey(name);
  if (stems && !out.has(stems)) out.set(stems, { form: 'stems', text: name.trim() });
  return [...out].map(([key, { form, text }]) => ({ key, form, text }));
}

// Words that carry no meaning of their own in a skill label ("use object-oriented programming").
// "software" too: "perform software unit testing" is unit testing; whether one side names a kind of
// software instead of an activity is checked by the linker (a category never meets an activity).
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'to', 'with', 'use', 'using', 'apply', 'perform', 'others', 'other', 'software']);

/** A light English stemmer: enough to meet "think critically" with "critical thinking". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['ically', 'ation', 'ement', 'ment', 'ing', 'ally', 'ical', 'ness', 'ity', 'ive', 'ies', 'ers', 'ed', 'es', 'ly', 'al', 'er', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The label as a set of stems of its content words, sorted: word order and inflection ignored; null if under two words' worth. */
export function stemKey(label: string): string | null {
  const bare = label.replace(QUALIFIER, '');
  const acr = splitAcronym(bare);
  const text = acr ? acr.expansion : bare;
  const stems = [...new Set(text.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w.length > 0 && !STOP.has(w)).map(stem))].sort();
  return stems.length >= 2 ? `~${stems.join(' ')}` : null;
}

/** True for a label written as a proper name (a product), not a lower-case generic term. */
export function isProperName(label: string): boolean {
  return /^[A-Z0-9.#+]/.test(label.trim()) || /[A-Z].*[A-Z]/.test(label);
}
