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

const onceFields = new Set<string>();

/**
 * The root field may appear at most once in an operation: aliases would otherwise let one request
 * make many guesses (e.g. twenty `verifyStepUpCode` aliases). Use on the resolver method; the field
 * keeps the method's name.
 */
export function OncePerOperation(): MethodDecorator {
  return (_target, propertyKey) => {
    onceFields.add(String(propertyKey));
  };
}

/** Validation rule: refuses an operation that selects a once-per-operation root field more than once. */
export function oncePerOperationRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      if (onceFields.size === 0) return;
      const counts = new Map<string, number>();
      countRootFields(operation.selectionSet, fragments, counts, new Set());
      for (const [name, count] of counts) {
        if (count > 1) {
          context.reportError(
            new AppError(ErrorCode.BAD_USER_INPUT, `${name} may appear only once in an operation; it appears ${count} times.`, {
              field: name,
            }),
          );
        }
      }
    },
  };
}

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  counts: Map<string, number>,
  visiting: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (onceFields.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(selection.selectionSet, fragments, counts, visiting);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      countRootFields(fragment.selectionSet, fragments, counts, visiting);
      visiting.delete(fragment.name.value);
    }
  }
}
