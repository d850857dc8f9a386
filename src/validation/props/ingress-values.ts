/**
 * Value checks of a MultiRegionIngress: SE-I11 (a unit listed once), SE-I12
 * (nginxConfig keys are ConfigMap keys), SE-M03 (namespaces), SE-M04 (resource
 * quantities). Internal.
 */
import type { CheckResult } from '../findings';
import { describeValue } from './prop-types';
import { namespaceProblem, quantityProblems } from './prop-values';

/** What the checks read of an ingress. */
export interface IngressValueFacts {
  readonly what: string;
  readonly unitNames: string[];
  readonly namespace?: string;
  readonly controllerNamespace: string;
  /** Whether controllers (ConfigMaps, DaemonSets) are emitted. */
  readonly emitsControllers: boolean;
  readonly nginxConfig?: { [key: string]: string };
  /** The controllers' resources, as rendered. */
  readonly resources?: any;
}

const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

export function checkIngressValues(f: IngressValueFacts): CheckResult[] {
  const out: CheckResult[] = [];
  const twice = f.unitNames.filter((n, i) => f.unitNames.indexOf(n) !== i);
  if (twice.length > 0) {
    out.push({
      ruleId: 'SE-I11',
      message: `${f.what} lists unit${twice.length > 1 ? 's' : ''} ${[...new Set(twice)].map(n => describeValue(n)).join(', ')} more than once in nodeUnits; each unit gets one entry point`,
      fix: 'list each unit once',
    });
  }
  const namespaces = [
    namespaceProblem('namespace', f.namespace),
    f.emitsControllers ? namespaceProblem('controllerNamespace', f.controllerNamespace) : undefined,
  ].filter((x): x is string => x !== undefined);
  if (namespaces.length > 0) out.push({ ruleId: 'SE-M03', message: `${f.what}: ${namespaces.join('; ')}`, fix: "pass a lower-case namespace such as 'ingress-nginx'" });
  if (f.emitsControllers) {
    const bad = Object.keys(f.nginxConfig ?? {}).filter(k => k.length > 253 || !CONFIG_MAP_KEY.test(k));
    if (bad.length > 0) {
      out.push({
        ruleId: 'SE-I12',
        message: `${f.what}: nginxConfig keys ${bad.map(k => describeValue(k)).join(', ')} are not ConfigMap keys (letters, digits, '-', '_' and '.')`,
        fix: "use the ingress-nginx option names, e.g. 'use-forwarded-headers'",
      });
    }
    const quantities = quantityProblems('resources:', f.resources);
    if (quantities.length > 0) out.push({ ruleId: 'SE-M04', message: `${f.what}: ${quantities.join('; ')}`, fix: 'pass finite amounts of at least 0, e.g. Size.mebibytes(64) and kplus.Cpu.millis(100)' });
  }
  return out;
}
