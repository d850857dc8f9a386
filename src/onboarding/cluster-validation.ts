import { IConstruct } from 'constructs';

/**
 * Runs every construct-tree validation under `scope` (what `app.synth()` and
 * `KustomizeLayout.write` run first) without rendering anything, and returns the errors
 * in cdk8s's format, `[path] message`. Warnings are printed as synthesis prints them.
 * Internal.
 */
export function validationErrors(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap(c => c.node.validate().map(e => `[${c.node.path}] ${e}`));
}

/** Throws all errors at once, in the format synthesis uses; does nothing when there are none. */
export function throwValidationErrors(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}
