// Parses YAML into plain JS values while remembering the line each map and list (and each map key)
// started on, so validation errors can name `file:line` instead of just "somewhere in the file".
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Located {
  line: number;
  keys: Map<string, number>;
}

export interface ParsedYaml {
  value: unknown;
  /** Where an object or array returned in `value` starts (1-based line), with the line of each map key. */
  locate(v: object): Located | undefined;
}

export class YamlSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

export function parseYamlWithLines(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) throw new YamlSyntaxError(counter.linePos(first.pos[0]).line, first.message.split('\n')[0]);
  const where = new WeakMap<object, Located>();
  const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  const value = toJs(doc, doc.contents as Node | null, where, lineAt);
  return { value, locate: (v) => where.get(v) };
}

function toJs(
  doc: Document,
  node: Node | null,
  where: WeakMap<object, Located>,
  lineAt: (n: { range?: [number, number, number] | null } | null | undefined) => number,
): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toJs(doc, node.resolve(doc) as Node, where, lineAt);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const out = node.items.map((item) => toJs(doc, item as Node, where, lineAt));
    where.set(out, { line: lineAt(node), keys: new Map() });
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const keys = new Map<string, number>();
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      keys.set(key, lineAt(pair.key as Node));
      out[key] = toJs(doc, pair.value as Node | null, where, lineAt);
    }
    where.set(out, { line: lineAt(node), keys });
    return out;
  }
  return null;
}
