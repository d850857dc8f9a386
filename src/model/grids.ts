import type { GridDeclaration, ServiceGridDeclaration } from './builder';
import type { ModelServicePort } from './types';

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
    annotations: stringsOf(o?.metadata?.annotations),
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
    groupName: typeof spec.gridUniqKey === 'string' ? spec.gridUniqKey : '',
    template: spec.template,
    annotations: stringsOf(o?.metadata?.annotations),
    ports: servicePortsOf(spec.template?.ports),
  };
}

/** The string entries of a map (labels, annotations), or undefined when it has none. */
function stringsOf(v: any): { [key: string]: string } | undefined {
  const entries = Object.entries(plain(v)).filter(([, x]) => typeof x === 'string') as Array<[string, string]>;
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The ports of a Service spec as written: the numeric fields (a named target port is no number to check). */
function servicePortsOf(v: any): ModelServicePort[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(p => p !== null && typeof p === 'object').map(p => ({
    port: typeof p.port === 'number' ? p.port : undefined,
    targetPort: typeof p.targetPort === 'number' ? p.targetPort : undefined,
    nodePort: typeof p.nodePort === 'number' ? p.nodePort : undefined,
    protocol: typeof p.protocol === 'string' ? p.protocol : undefined,
  }));
}

function plain(v: any): any {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
