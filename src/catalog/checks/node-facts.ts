import type { CheckResult } from '../../validation/findings';
import { ARCHITECTURES, NODE_FACTS } from '../node-facts';
import { parseQuantity } from '../quantity';
import { RawEntry, RawSite } from '../raw-catalog';
import { wrongType } from './field-types';

/** The fields of the node facts that are Kubernetes quantities. */
export const QUANTITY_FACTS = ['cpu', 'memory'];

/** SE-F06: a node gives only the facts the library knows (a typo is not dropped silently). Pure. */
export function checkUnknownFacts(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sites) {
    for (const n of s.nodes) {
      for (const f of n.facts) {
        if (NODE_FACTS.includes(f.key)) continue;
        out.push({
          ruleId: 'SE-F06',
          message: `${f.at}: node "${n.name?.value ?? '?'}" of site "${s.name?.value ?? '?'}" has the field "${f.key}", which is not a node fact (known: name, ${NODE_FACTS.join(', ')})`,
          fix: `correct the field's name${closest(f.key) ? ` (did you mean "${closest(f.key)}"?)` : ''}, or move it to the site as an attribute`,
        });
      }
    }
  }
  return out;
}

/** SE-F07: `cpu` and `memory` are Kubernetes quantities of at least 0. Pure. */
export function checkQuantities(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sites) {
    for (const n of s.nodes) {
      for (const f of n.facts) {
        if (!QUANTITY_FACTS.includes(f.key)) continue;
        const text = quantityText(f);
        const value = text === undefined ? undefined : parseQuantity(text);
        if (value !== undefined && value >= 0) continue;
        out.push({
          ruleId: 'SE-F07',
          message: `${f.at}: ${f.key} of node "${n.name?.value ?? '?'}" is ${JSON.stringify(f.value)}, which is not ${value === undefined ? 'a Kubernetes quantity' : 'at least 0'}`,
          fix: f.key === 'cpu'
            ? 'give the node\'s allocatable CPU as a quantity, e.g. "4" or "3500m"'
            : 'give the node\'s allocatable memory as a quantity, e.g. "8Gi" or "16G" (no space, "Gi" not "GB")',
        });
      }
    }
  }
  return out;
}

/** SE-F08 for node facts: `arch` is amd64, arm64 or arm; `gpu` a boolean; the others strings. Pure. */
export function checkFactValues(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sites) {
    for (const n of s.nodes) {
      const node = `"${n.name?.value ?? '?'}"`;
      for (const f of n.facts) {
        if (!NODE_FACTS.includes(f.key) || QUANTITY_FACTS.includes(f.key)) continue;
        if (f.key === 'gpu') {
          if (gpuValue(f) === undefined) out.push(wrongType(f.at, `gpu of node ${node}`, 'true or false', f.value));
        } else if (typeof f.value !== 'string') {
          out.push(wrongType(f.at, `${f.key} of node ${node}`, 'a string', f.value));
        } else if (f.key === 'arch' && !ARCHITECTURES.includes(f.value)) {
          out.push({
            ruleId: 'SE-F08',
            message: `${f.at}: arch of node ${node} is ${JSON.stringify(f.value)}, not one of ${ARCHITECTURES.join(', ')}`,
            fix: 'write the architecture as Kubernetes names it (kubernetes.io/arch): amd64, arm64 or arm',
          });
        }
      }
    }
  }
  return out;
}

/** A quantity fact as text: strings as they are, finite numbers (YAML `cpu: 4`) as written. */
export function quantityText(f: RawEntry): string | undefined {
  if (typeof f.value === 'string') return f.value;
  if (typeof f.value === 'number' && Number.isFinite(f.value)) return String(f.value);
  return undefined;
}

/** `gpu` as a boolean: true/false, or the strings "true"/"false" (CSV). */
export function gpuValue(f: RawEntry): boolean | undefined {
  if (typeof f.value === 'boolean') return f.value;
  if (f.value === 'true') return true;
  if (f.value === 'false') return false;
  return undefined;
}

function closest(key: string): string | undefined {
  const lower = key.toLowerCase();
  return NODE_FACTS.find(k => k.toLowerCase() === lower || lower.startsWith(k.toLowerCase()) || k.toLowerCase().startsWith(lower));
}
