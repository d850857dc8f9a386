import { NameAllocator } from './names';
import { call, Expr, lit, ref, Statement } from './program';
import { ManifestDocument } from '../manifests';

/** What every mapper shares: names, the declared units/groups/grids, references made. */
export class ImportContext {
  public readonly names = new NameAllocator();
  /** Unit name -> variable, for the NodeUnits in the files. */
  public readonly units = new Map<string, string>();
  /** Group name -> variable, for the NodeGroups in the files. */
  public readonly groups = new Map<string, string>();
  /** Declarations of what the files reference but do not define (emitted first). */
  public readonly references: Statement[] = [];
  private readonly refVars = new Map<string, string>();

  constructor(public readonly options: { readonly poolMetadataCrds: boolean }) {
    this.names.id('edge-cluster-reserved', 'x'); // never a user id
  }

  /** The variable of a unit: declared in the files, else a `NodeUnit.fromName` reference. */
  public unitRef(name: string): Expr {
    return ref(this.units.get(name) ?? this.reference('NodeUnit.fromName', 'unit', name, 'Unit'));
  }

  /** The variable of a group: declared in the files, else a `NodeGroup.fromName` reference. */
  public groupRef(name: string): Expr {
    return ref(this.groups.get(name) ?? this.reference('NodeGroup.fromName', 'group', name, 'Group'));
  }

  public secretRef(name: string): Expr {
    return ref(this.reference('kplus.Secret.fromSecretName', 'secret', name, 'Secret'));
  }

  public configMapRef(name: string): Expr {
    return ref(this.reference('kplus.ConfigMap.fromConfigMapName', 'configmap', name, 'ConfigMap'));
  }

  public serviceAccountRef(name: string): Expr {
    return ref(this.reference('kplus.ServiceAccount.fromServiceAccountName', 'serviceaccount', name, 'ServiceAccount'));
  }

  public claimRef(name: string): Expr {
    return ref(this.reference('kplus.PersistentVolumeClaim.fromClaimName', 'pvc', name, 'Claim'));
  }

  private reference(factory: string, kind: string, name: string, suffix: string): string {
    const key = `${factory} ${name}`;
    const known = this.refVars.get(key);
    if (known) return known;
    const v = this.names.variable(name, suffix);
    const id = this.names.id(`${kind}-${name}`, 'ref');
    this.references.push({ kind: 'const', name: v, value: call(factory, ref('cluster'), lit(id), lit(name)) });
    this.refVars.set(key, v);
    return v;
  }
}

/** `FILE#DOC Kind name`: how the report names an object. */
export function describeDoc(d: ManifestDocument): string {
  const ns = typeof d.object.metadata.namespace === 'string' ? `${d.object.metadata.namespace}/` : '';
  return `${d.file}#${d.doc} ${d.object.kind} ${ns}${d.object.metadata.name}`;
}
