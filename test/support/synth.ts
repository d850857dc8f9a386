import { App, Testing } from 'cdk8s';
import { schemaProblems } from './schema';
import { EdgeCluster, EdgeClusterProps, Findings } from '../../src';

/** A fresh app and cluster for a test. */
export function cluster(props: EdgeClusterProps = {}, id = 'edge'): EdgeCluster {
  return new EdgeCluster(Testing.app(), id, props);
}

/** The app a construct belongs to. */
export function appOf(c: EdgeCluster): App {
  return c.node.root as App;
}

/**
 * Objects of the cluster, as synthesized; every one must be schema-valid (Kubernetes
 * 1.27 and the SuperEdge CRDs), so every test that synthesizes also checks that.
 */
export function synth(c: EdgeCluster): any[] {
  const objects = Testing.synth(c);
  const problems = schemaProblems(objects);
  if (problems.length > 0) throw new Error(`synthesized objects are not schema-valid:\n  ${problems.join('\n  ')}`);
  return objects;
}

/** Objects of the cluster, as synthesized, without the schema check (for tests of invalid input). */
export function synthUnchecked(c: EdgeCluster): any[] {
  return Testing.synth(c);
}

/** The object of a kind and name. */
export function find(objects: any[], kind: string, name: string): any {
  const o = objects.find(x => x.kind === kind && x.metadata?.name === name);
  if (!o) throw new Error(`no ${kind} ${name} among ${objects.map(x => `${x.kind}/${x.metadata?.name}`).join(', ')}`);
  return o;
}

/** Findings of a rule, formatted (`[path] RULE: message. Fix: ...`). */
export function findingsOf(c: EdgeCluster, ruleId: string): string[] {
  return Findings.of(c).filter(f => f.ruleId === ruleId).map(Findings.format);
}

/** The error app.synthYaml() raises (all validation errors at once), or '' when it synthesizes. */
export function synthError(c: EdgeCluster): string {
  try {
    appOf(c).synthYaml();
    return '';
  } catch (e: any) {
    return e.message;
  }
}
