import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/**
 * How deep a GraphQL query may nest fields. `{ Products { docs { factory { tenant { name } } } } }`
 * is 5; 7 leaves room for a page's blocks and the links inside them, and refuses the 8 levels
 * that only multiply the relationship reads behind each row. Payload's complexity cap counts
 * fields, not depth, so a narrow deep query passed it.
 */
export const MAX_GRAPHQL_DEPTH = 7

const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (GraphiQL's schema query nests `ofType` ten deep) reads no documents.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // A fragment that spreads itself is refused by GraphQL's own rules; do not loop on it here.
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(
        deepest,
        depthOf(fragment.selectionSet, fragments, new Set([...seen, name])),
      )
    }
  }
  return deepest
}

/** A validation rule: an operation nested deeper than `max` is refused before it runs (a 400). */
export const depthLimit =
  (max = MAX_GRAPHQL_DEPTH) =>
  (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument()
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the maximum depth of ${max}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: max },
            }),
          )
        }
      },
    }
  }
