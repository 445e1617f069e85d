/**
 * Marks a query or mutation that needs no caller (sign-in). Every other operation must carry
 * `@Authorized()`; `assertEveryOperationGuarded` fails start-up (and a test) otherwise.
 */
const publicOperations = new Set<string>();

export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicOperations.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}`);
  };
}

export function isPublicOperation(className: string, methodName: string): boolean {
  return publicOperations.has(`${className}.${methodName}`);
}
