/**
 * Where edge-health-admission's serving certificate comes from. The API server calls the
 * webhook over TLS and checks its certificate against the webhook's `caBundle`; the library
 * never makes keys at synthesis (a key in a manifest is a key in Git).
 */

/** The kind of cert-manager issuer that signs the webhook's certificate. */
export enum CertManagerIssuerKind {
  /** An `Issuer` in the webhook's namespace. */
  ISSUER = 'Issuer',
  /** A cluster-wide `ClusterIssuer`. */
  CLUSTER_ISSUER = 'ClusterIssuer',
}

/** Options of `AdmissionTls.certManager`. */
export interface CertManagerTlsOptions {
  /** Name of the cert-manager issuer that signs the certificate (it must be able to issue a CA-signed certificate, e.g. a CA issuer). */
  readonly issuer: string;
  /**
   * Kind of the issuer.
   * @default CertManagerIssuerKind.ISSUER
   */
  readonly issuerKind?: CertManagerIssuerKind;
  /**
   * Name of the Secret cert-manager writes the certificate and key into.
   * @default 'edge-health-admission-tls'
   */
  readonly secretName?: string;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The TLS source of edge-health-admission: a `kubernetes.io/tls` Secret you create
 * (`tls.crt`, `tls.key`) with the CA that signed it, or a cert-manager `Certificate`
 * whose CA cert-manager's cainjector writes into the webhook.
 */
export class AdmissionTls {
  /**
   * A `kubernetes.io/tls` Secret in the edge-health namespace, created outside the
   * manifests (keys `tls.crt` and `tls.key`), whose certificate is valid for
   * `edge-health-admission.<namespace>.svc`.
   * @param secretName the Secret's name
   * @param caBundle the base64-encoded PEM certificate of the CA that signed it (public;
   * the webhook's `caBundle`)
   */
  public static fromSecret(secretName: string, caBundle: string): AdmissionTls {
    if (typeof secretName !== 'string' || secretName.length > 253 || !DNS_SUBDOMAIN.test(secretName)) {
      throw new Error(`AdmissionTls.fromSecret: secret name ${JSON.stringify(secretName)} is not a Secret name (a lower-case DNS subdomain). Fix: pass the name of the kubernetes.io/tls Secret, e.g. 'edge-health-admission-tls'`);
    }
    checkCaBundle(caBundle);
    return new AdmissionTls(secretName, caBundle, undefined, undefined);
  }

  /**
   * A cert-manager `Certificate` (`cert-manager.io/v1`) for the webhook's Service, and the
   * `cert-manager.io/inject-ca-from` annotation on the webhook, so cert-manager's cainjector
   * fills in its `caBundle`. Needs cert-manager installed in the cluster.
   */
  public static certManager(options: CertManagerTlsOptions): AdmissionTls {
    const o: any = options ?? {};
    if (typeof o.issuer !== 'string' || o.issuer.length > 253 || !DNS_SUBDOMAIN.test(o.issuer)) {
      throw new Error(`AdmissionTls.certManager: issuer ${JSON.stringify(o.issuer)} is not an issuer name (a lower-case DNS subdomain). Fix: pass { issuer: 'my-ca-issuer' }, the name of a cert-manager Issuer or ClusterIssuer`);
    }
    const kind = o.issuerKind ?? CertManagerIssuerKind.ISSUER;
    if (!Object.values(CertManagerIssuerKind).includes(kind)) {
      throw new Error(`AdmissionTls.certManager: issuerKind ${JSON.stringify(kind)} is not one of ${Object.values(CertManagerIssuerKind).join(', ')}. Fix: pass CertManagerIssuerKind.ISSUER or CertManagerIssuerKind.CLUSTER_ISSUER`);
    }
    const secretName = o.secretName ?? 'edge-health-admission-tls';
    if (typeof secretName !== 'string' || secretName.length > 253 || !DNS_SUBDOMAIN.test(secretName)) {
      throw new Error(`AdmissionTls.certManager: secretName ${JSON.stringify(secretName)} is not a Secret name (a lower-case DNS subdomain). Fix: leave it out or pass e.g. 'edge-health-admission-tls'`);
    }
    return new AdmissionTls(secretName, undefined, o.issuer, kind);
  }

  /** The Secret holding `tls.crt` and `tls.key`. */
  public readonly secretName: string;
  /** The CA bundle written into the webhook (`fromSecret` only). */
  public readonly caBundle?: string;
  /** The cert-manager issuer (`certManager` only). */
  public readonly issuer?: string;
  /** The cert-manager issuer kind (`certManager` only). */
  public readonly issuerKind?: CertManagerIssuerKind;

  private constructor(secretName: string, caBundle?: string, issuer?: string, issuerKind?: CertManagerIssuerKind) {
    this.secretName = secretName;
    this.caBundle = caBundle;
    this.issuer = issuer;
    this.issuerKind = issuerKind;
  }

  /** Whether cert-manager makes the certificate. */
  public get usesCertManager(): boolean {
    return this.issuer !== undefined;
  }
}

function checkCaBundle(caBundle: unknown): void {
  const fix = 'Fix: pass the CA certificate, PEM then base64 on one line (e.g. `base64 -w0 ca.crt`); only the public certificate, never a key';
  if (typeof caBundle !== 'string' || caBundle.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(caBundle)) {
    throw new Error(`AdmissionTls.fromSecret: caBundle is not base64 text. ${fix}`);
  }
  const pem = Buffer.from(caBundle, 'base64').toString('utf8');
  if (/PRIVATE KEY/.test(pem)) {
    throw new Error(`AdmissionTls.fromSecret: caBundle holds a private key, which would end up in the manifests. ${fix}`);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new Error(`AdmissionTls.fromSecret: caBundle does not decode to a PEM certificate (no "-----BEGIN CERTIFICATE-----"). ${fix}`);
  }
}

