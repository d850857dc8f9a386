import type { GridDeclaration, ServiceGridDeclaration } from './builder';

/**
 * Grid elements of the model from grid objects (as the library synthesizes them, or
 * as written in a manifest): both builders use these, so a grid reads the same from
 * either side. Internal.
 */

/** A DeploymentGrid or StatefulSetGrid object as a model element. */
export function gridFromObject(origin: string, o: any, crd: string): GridDeclaration {
  const spec = plain(o?.spec);
  return {
    id: origin,
    origin,
    kind: o?.kind === 'StatefulSetGrid' ? 'StatefulSetGrid' : 'DeploymentGrid',
    name: String(o?.metadata?.name ?? ''),
    namespace: typeof o?.metadata?.namespace === 'string' ? o.metadata.namespace : undefined,
    labels: { ...plain(o?.metadata?.labels) },
    groupName: typeof spec.gridUniqKey === 'string' ? spec.gridUniqKey : '',
    template: spec.template,
    templatePool: { ...plain(spec.templatePool) },
    templates: { ...plain(spec.templates) },
    defaultTemplateName: typeof spec.defaultTemplateName === 'string' ? spec.defaultTemplateName : undefined,
    crd,
  };
}

/** A ServiceGrid object as a model element. */
export function serviceGridFromObject(origin: string, o: any): ServiceGridDeclaration {
  const spec = plain(o?.spec);
  return {
    id: origin,
    origin,
    name: String(o?.metadata?.name ?? ''),
    namespace: typeof o?.metadata?.namespace === 'string' ? o.metadata.namespace : undefined,
    labels: { ...plain(o?.metadata?.labels) },
    annotations: { ...plain(o?.metadata?.annotations) },
    groupName: typeof spec.gridUniqKey === 'string' ? spec.gridUniqKey : '',
    template: spec.template,
  };
}

function plain(v: any): any {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
