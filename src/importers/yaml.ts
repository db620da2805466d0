// YAML data files (the curated graph, the crosswalk) checked against zod schemas, every problem at the
// `file:line` it is about: yaml's LineCounter maps the path of a zod issue (or of a reference check)
// back to the line of the key or list item it names.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import * as z from 'zod';

export interface YamlProblem {
  line: number;
  message: string;
}

export type Path = readonly PropertyKey[];

const EXPECTED: Record<string, string> = { string: 'a string', boolean: 'true or false', array: 'a list', object: 'a map', record: 'a map', number: 'a number', int: 'an integer' };

/** The field a path names (its last key), for messages such as `"kind" must be a string`. */
export const fieldOf = (path: Path) => String([...path].reverse().find((p) => typeof p === 'string') ?? 'value');

/** The house wording of zod's issues; a schema's own `error` takes precedence over these. */
const messages: z.core.$ZodErrorMap = (iss) => {
  const path = iss.path ?? [];
  const key = fieldOf(path);
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) return `missing required field "${key}"`;
  switch (iss.code) {
    case 'invalid_type':
      if (typeof path[path.length - 1] === 'number') return `"${key}" must be a list of ${iss.expected}s`;
      return `"${key}" must be ${EXPECTED[iss.expected] ?? iss.expected}`;
    case 'invalid_value':
      return `"${key}" must be one of ${iss.values.join(', ')}; got ${JSON.stringify(iss.input)}`;
    default:
      return undefined;
  }
};

export class YamlFile {
  private constructor(
    private readonly doc: Document,
    private readonly counter: LineCounter,
    /** The document as plain JS values. */
    readonly value: unknown,
  ) {}

  /** Parses the text; a syntax error comes back as the problem, at its line. */
  static parse(text: string): YamlFile | YamlProblem {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) return { line: counter.linePos(first.pos[0]).line, message: `YAML syntax error: ${first.message.split('\n')[0]}` };
    return new YamlFile(doc, counter, doc.toJS());
  }

  /**
   * The line of what `path` names: a map key's own line, a list item's first line; where the path leaves
   * the document (a missing key), the line of the deepest map or list it reached.
   */
  lineOf(path: Path): number {
    let node = this.doc.contents as Node | null;
    let line = this.lineAt(node);
    for (const step of path) {
      if (isAlias(node)) node = node.resolve(this.doc) as Node;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(step));
        if (!pair) break;
        line = this.lineAt(pair.key as Node);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        node = node.items[step] as Node;
        line = this.lineAt(node);
      } else break;
    }
    return line;
  }

  /** Validates the document; problems are one per issue, and one per unknown key. */
  check<S extends z.ZodType>(schema: S): { data: z.output<S> } | { problems: YamlProblem[] } {
    const result = schema.safeParse(this.value, { error: messages, reportInput: true });
    if (result.success) return { data: result.data };
    const problems = result.error.issues.flatMap((iss) =>
      iss.code === 'unrecognized_keys'
        ? iss.keys.map((k) => ({ line: this.lineOf([...iss.path, k]), message: `unknown field "${k}"` }))
        : [{ line: this.lineOf(iss.path), message: iss.message }],
    );
    return { problems };
  }

  private lineAt(node: Node | null | undefined): number {
    return node?.range ? this.counter.linePos(node.range[0]).line : 1;
  }
}
