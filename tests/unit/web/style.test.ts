// The GraSS stylesheet as Neo4j Browser 5 reads it. `browserParseGrass` follows the fallback parser in
// neo4j-browser 5.24's bundle (parseGrass): quotes are dropped, braces inside quotes are kept,
// declarations split on ';' and each must split on ':' into exactly two parts or it is ignored.
import { describe, expect, it } from 'vitest';
import { grassStylesheet, NODE_STYLES, REL_STYLES } from '../../../src/web/neo4j/style.js';

function browserParseGrass(text: string): Record<string, Record<string, string>> {
  const blocks: Record<string, string> = {};
  let inQuote = false;
  let inBlock = false;
  let nested = false;
  let selector = '';
  let body = '';
  for (const ch of text) {
    let skip = true;
    switch (ch) {
      case '{':
        if (inQuote) skip = false;
        else if (inBlock) nested = true;
        else inBlock = true;
        break;
      case '}':
        if (inQuote) skip = false;
        else if (nested) nested = false;
        else {
          inBlock = false;
          blocks[selector] = body;
          selector = '';
          body = '';
        }
        break;
      case "'":
      case '"':
        inQuote = !inQuote;
        break;
      default:
        skip = false;
    }
    if (!skip) {
      if (inBlock) body += ch;
      else if (!/\s/.test(ch)) selector += ch;
    }
  }
  const out: Record<string, Record<string, string>> = {};
  for (const [sel, decls] of Object.entries(blocks)) {
    out[sel] = {};
    for (const decl of decls.split(';')) {
      const parts = decl.split(':');
      if (parts.length === 2) out[sel][parts[0].trim()] = parts[1].trim();
    }
  }
  return out;
}

describe('GraSS stylesheet', () => {
  const parsed = browserParseGrass(grassStylesheet());

  it('has defaults and one rule per label with colour, size and caption', () => {
    expect(parsed.node).toMatchObject({ diameter: '50px' });
    expect(parsed.relationship).toMatchObject({ caption: '<type>' });
    for (const s of NODE_STYLES) {
      expect(parsed[`node.${s.label}`]).toEqual({
        color: s.color,
        'border-color': s.border,
        'text-color-internal': s.text,
        diameter: `${s.diameter}px`,
        'font-size': expect.stringMatching(/^\d+px$/),
        caption: s.caption,
      });
    }
  });

  it('captions relationships, with the importance on REQUIRES_SKILL', () => {
    for (const s of REL_STYLES) expect(parsed[`relationship.${s.type}`]).toMatchObject({ color: s.color, caption: s.caption });
    expect(parsed['relationship.REQUIRES_SKILL'].caption).toBe('importance {importance}');
  });

  it('has no selector Browser would misread (every block is a known selector)', () => {
    const selectors = Object.keys(parsed);
    expect(selectors).toHaveLength(2 + NODE_STYLES.length + REL_STYLES.length);
    for (const sel of selectors) expect(sel).toMatch(/^(node|relationship)(\.[A-Za-z_]+)?$/);
  });
});
