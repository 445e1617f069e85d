import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '@warden/shared';
import { AppError } from './errors';

/**
 * Bounds on one operation, so a single request cannot make the server do unbounded work or
 * multiply guesses through aliases (the step-up code check relies on the alias bound).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  /**
   * Introspection (signed-in callers only) nests `ofType` about ten levels deep in GraphiQL's own
   * query; it gets its own bound.
   */
  maxIntrospectionDepth: 20,
  /** Aliased fields per operation. */
  maxAliases: 20,
  /** Estimated cost: each field costs 1, times the `first` of every enclosing list. */
  maxCost: 50_000,
  /** `first` assumed for a list field that does not say. */
  defaultListSize: 50,
} as const;

function tooComplex(message: string): AppError {
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, message);
}

/** One validation rule that measures depth, aliases and cost of each operation. */
export function operationLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      const stats = { aliases: 0, maxDepth: 0, introspects: false };
      const cost = measure(operation.selectionSet, 1, 1, fragments, stats, new Set());
      const maxDepth = stats.introspects ? QUERY_LIMITS.maxIntrospectionDepth : QUERY_LIMITS.maxDepth;
      if (stats.maxDepth > maxDepth) {
        context.reportError(tooComplex(`The query is ${stats.maxDepth} levels deep; at most ${maxDepth} are allowed.`));
      } else if (stats.aliases > QUERY_LIMITS.maxAliases) {
        context.reportError(tooComplex(`The query uses ${stats.aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed.`));
      } else if (cost > QUERY_LIMITS.maxCost) {
        context.reportError(tooComplex(`The query would cost ${cost}; at most ${QUERY_LIMITS.maxCost} is allowed. Ask for fewer items.`));
      }
    },
  };
}

function measure(
  selectionSet: SelectionSetNode,
  depth: number,
  multiplier: number,
  fragments: Map<string, FragmentDefinitionNode>,
  stats: { aliases: number; maxDepth: number; introspects: boolean },
  visiting: Set<string>,
): number {
  stats.maxDepth = Math.max(stats.maxDepth, depth);
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) stats.aliases += 1;
      if (selection.name.value === '__schema' || selection.name.value === '__type') stats.introspects = true;
      cost += multiplier;
      if (selection.selectionSet) {
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        const size =
          first?.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : first ? QUERY_LIMITS.defaultListSize : 1;
        cost += measure(selection.selectionSet, depth + 1, multiplier * size, fragments, stats, visiting);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += measure(selection.selectionSet, depth, multiplier, fragments, stats, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Fragment cycles are reported by graphql's own NoFragmentCycles rule; just do not recurse forever.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      cost += measure(fragment.selectionSet, depth, multiplier, fragments, stats, visiting);
      visiting.delete(name);
    }
  }
  return cost;
}
