/**
 * The annotation that marks the objects of a preview chart as not for applying.
 * Internal module (the constant is exported from the package through
 * controller-preview.ts); imports nothing.
 */

/**
 * The annotation that marks every object of a preview file as not for applying (the
 * `objects` property leaves it out: those are exactly what the controllers create).
 */
export const PREVIEW_ANNOTATION = 'cdk8s-superedge.io/preview';

/** Its value. */
export const PREVIEW_NOTE = 'created by the SuperEdge controllers; for review only, do not apply';
