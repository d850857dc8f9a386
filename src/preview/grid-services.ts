import { previewMetadata } from './preview-metadata';
import { canonical } from '../internal/util';
import type { ModelServiceGrid } from '../model/types';
import { GRID_SELECTOR_LABEL, GRID_UNIQ_KEY_LABEL, TOPOLOGY_KEYS_ANNOTATION } from '../superedge/labels';
import { serviceGridServiceName } from '../superedge/names';

/**
 * The Service the application-grid-controller creates for one ServiceGrid of the model:
 * `<name>-svc`, with the grid's labels and annotations plus the two controller labels
 * and `topologyKeys: ["<grid key>"]`, and the template verbatim as its spec. Internal.
 */
export function gridService(sg: ModelServiceGrid, annotate: boolean): any {
  const key = sg.groupName;
  const labels = canonical({ ...sg.labels, [GRID_SELECTOR_LABEL]: sg.name, [GRID_UNIQ_KEY_LABEL]: key });
  const annotations = canonical({ ...(sg.annotations ?? {}), [TOPOLOGY_KEYS_ANNOTATION]: JSON.stringify([key]) });
  const out: any = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: previewMetadata(serviceGridServiceName(sg.name), sg.namespace, labels, annotations, annotate),
  };
  // As canonical() of the whole object: no key for an undefined spec.
  const spec = canonical(sg.template);
  if (spec !== undefined) out.spec = spec;
  return out;
}
