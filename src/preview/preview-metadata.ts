import { PREVIEW_ANNOTATION, PREVIEW_NOTE } from './preview-annotation';
import { canonical } from '../internal/util';
import { shareFrozen } from '../render/yaml-writer';

/**
 * The metadata of one preview object, built with its keys already in canonical order
 * (`annotations`, `labels`, `name`, `namespace`: what `canonical` of the whole object
 * gives), so that no object is copied again once built. Internal.
 */

/** The preview annotation alone: one frozen object for every object that has no other annotation. */
const PREVIEW_ONLY: { readonly [key: string]: string } = shareFrozen({ [PREVIEW_ANNOTATION]: PREVIEW_NOTE });

/**
 * `labels` and `annotations` must be canonical already (they are shared by many
 * objects); `annotate` adds the preview annotation (the preview chart's objects).
 */
export function previewMetadata(name: string, namespace: string | undefined, labels: any, annotations: any, annotate: boolean): any {
  const out: any = {};
  if (annotate) out.annotations = annotations === undefined ? PREVIEW_ONLY : canonical({ ...annotations, [PREVIEW_ANNOTATION]: PREVIEW_NOTE });
  else if (annotations !== undefined) out.annotations = annotations;
  if (labels !== undefined) out.labels = labels;
  out.name = name;
  if (namespace !== undefined) out.namespace = namespace;
  return out;
}
