import { previewMetadata } from './preview-metadata';
import { SiteTemplate } from './site-template';
import { canonical } from '../internal/util';
import { gridValues } from '../model/queries';
import type { ModelGrid, TopologyModel } from '../model/types';
import { shareFrozen } from '../render/yaml-writer';
import { GRID_SELECTOR_LABEL, GRID_UNIQ_KEY_LABEL } from '../superedge/labels';
import { gridWorkloadName } from '../superedge/names';
import { resolveTemplateName } from '../superedge/templates';

/**
 * The workloads the application-grid-controller creates for one DeploymentGrid or
 * StatefulSetGrid of the model: `<grid>-<unit>` for every grid value (a unit of its
 * group with nodes), with the grid's labels plus the two controller labels (not its
 * annotations), and the template the value resolves to with the nodeSelector
 * `<grid key>: <unit>` added. Every site that resolves to the same template shares
 * that template's parts, and all sites share the labels (see SiteTemplate). Internal.
 */
export function gridWorkloads(model: TopologyModel, grid: ModelGrid, annotate: boolean): any[] {
  const values = gridValues(model, grid);
  const names = values.map(v => resolveTemplateName(grid, v));
  // A name missing from templatePool stops the controller's whole reconcile of the grid
  // (SE-P04 refuses it): then it creates nothing at all.
  if (names.some(n => chosenTemplate(grid, n) === undefined)) return [];
  const key = grid.groupName;
  const kind = grid.kind === 'DeploymentGrid' ? 'Deployment' : 'StatefulSet';
  const labels = shareFrozen(canonical({ ...grid.labels, [GRID_SELECTOR_LABEL]: grid.name, [GRID_UNIQ_KEY_LABEL]: key }));
  // By template name (undefined: spec.template).
  const templates = new Map<string | undefined, SiteTemplate>();
  const out = new Array<any>(values.length);
  for (let i = 0; i < values.length; i++) {
    const name = names[i];
    let template = templates.get(name);
    if (!template) {
      template = new SiteTemplate(chosenTemplate(grid, name));
      templates.set(name, template);
    }
    out[i] = {
      apiVersion: 'apps/v1',
      kind,
      metadata: previewMetadata(gridWorkloadName(grid.name, values[i]), grid.namespace, labels, undefined, annotate),
      spec: template.specFor(key, values[i]),
    };
  }
  return out;
}

/** The template a resolved name stands for (see resolveTemplateName); undefined when there is none. */
function chosenTemplate(grid: ModelGrid, name: string | undefined): any {
  if (name === undefined) return grid.template;
  return Object.prototype.hasOwnProperty.call(grid.templatePool, name) ? grid.templatePool[name] : undefined;
}
