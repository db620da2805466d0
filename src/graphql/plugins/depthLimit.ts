// A validation rule refusing documents nested deeper than the limit, counted in fields and following
// fragments (introspection fields are left to Apollo's introspection switch). It reads names only, not
// schema objects, so it works whichever copy of graphql (CommonJS or ESM) built the schema.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string> = new Set()): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; here it just stops the walk.
      if (!fragment || seen.has(name)) continue;
      max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments);
        if (depth > maxDepth) {
          const name = node.name ? `"${node.name.value}"` : 'The operation';
          context.reportError(new GraphQLError(`${name} is nested ${depth} levels deep; the limit is ${maxDepth}.`, { nodes: [node], extensions: { limit: 'depth', maxDepth, depth } }));
        }
      },
    };
  };
}
