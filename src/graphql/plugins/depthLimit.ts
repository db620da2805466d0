// A validation rule refusing documents nested deeper than the limit, counted in fields and following
// fragments. Introspection counts too, against its own limit: a path through `__schema` or `__type` may go
// deeper (GraphiQL's introspection query nests type references nine levels), everything else has maxDepth.
// It reads names only, not schema objects, so it works whichever copy of graphql built the schema.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface Depths {
  /** Deepest path that does not pass through introspection. */
  data: number;
  /** Deepest path through `__schema` / `__type`. */
  introspection: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export function depthsOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: ReadonlySet<string> = new Set(), inIntrospection = false): Depths {
  const out: Depths = { data: 0, introspection: 0 };
  if (!set) return out;
  const take = (d: Depths, offset: number) => {
    out.data = Math.max(out.data, d.data === 0 ? 0 : d.data + offset);
    out.introspection = Math.max(out.introspection, d.introspection === 0 ? 0 : d.introspection + offset);
  };
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const intro = inIntrospection || INTROSPECTION_ROOTS.has(sel.name.value);
      const below = depthsOf(sel.selectionSet, fragments, seen, intro);
      const own = 1 + Math.max(below.data, below.introspection);
      if (intro) out.introspection = Math.max(out.introspection, own);
      else {
        out.data = Math.max(out.data, 1 + below.data);
        out.introspection = Math.max(out.introspection, below.introspection === 0 ? 0 : 1 + below.introspection);
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      take(depthsOf(sel.selectionSet, fragments, seen, inIntrospection), 0);
    } else {
      const name = sel.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; here it just stops the walk.
      if (!fragment || seen.has(name)) continue;
      take(depthsOf(fragment.selectionSet, fragments, new Set([...seen, name]), inIntrospection), 0);
    }
  }
  return out;
}

export function depthLimitRule(maxDepth: number, maxIntrospectionDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depths = depthsOf(node.selectionSet, fragments);
        const name = node.name ? `"${node.name.value}"` : 'The operation';
        if (depths.data > maxDepth) {
          context.reportError(new GraphQLError(`${name} is nested ${depths.data} levels deep; the limit is ${maxDepth}.`, { nodes: [node], extensions: { limit: 'depth', maxDepth, depth: depths.data } }));
        }
        if (depths.introspection > maxIntrospectionDepth) {
          context.reportError(new GraphQLError(`${name} nests introspection ${depths.introspection} levels deep; the limit is ${maxIntrospectionDepth}.`, { nodes: [node], extensions: { limit: 'introspectionDepth', maxDepth: maxIntrospectionDepth, depth: depths.introspection } }));
        }
      },
    };
  };
}
