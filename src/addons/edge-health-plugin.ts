/**
 * The check plugins of edge-health. Each check period a node runs its plugins against
 * every peer; the peer's score is made of the weights of the plugins that succeeded,
 * and it must reach the score line (100: one plugin of weight 1) for the node to report
 * the peer as healthy. With no plugin every peer scores 0, so every node is voted
 * unhealthy (`nodeunhealth: yes`): edge-health needs at least one plugin, and the
 * upstream manifests pass the kubelet plugin on the command line.
 */

/** Settings of a check plugin (the `key=value` list after the plugin's flag). */
export interface EdgeHealthPluginOptions {
  /**
   * Timeout of one probe request, in seconds (`timeout`).
   * @default 5
   */
  readonly timeout?: number;
  /**
   * How often a failed probe is retried before the plugin counts as failed (`retrytime`).
   * @default 3
   */
  readonly retryTime?: number;
  /**
   * The plugin's share of the score, more than 0 and at most 1 (`weight`).
   * @default 1
   */
  readonly weight?: number;
  /**
   * The kubelet port probed (`port`).
   * @default - 10250 for `kubeletAuth`, 10255 for `kubelet`
   */
  readonly port?: number;
}

/**
 * A check plugin of edge-health, passed to its DaemonSet as a command-line flag
 * (`--kubeletauthplugin=timeout=5,retrytime=3,weight=1,port=10250`).
 */
export class EdgeHealthPlugin {
  /**
   * Probes the kubelet's secure port (10250) of each peer, authenticated with the
   * DaemonSet's service account; the kubelet authorizes it as `nodes/proxy` (the
   * ClusterRole grants `get` on it). Upstream's manifests use this plugin.
   */
  public static kubeletAuth(options: EdgeHealthPluginOptions = {}): EdgeHealthPlugin {
    return new EdgeHealthPlugin('kubeletauthplugin', 10250, options);
  }

  /**
   * Probes the kubelet's read-only port (10255) of each peer. Most clusters switch the
   * read-only port off (kubeadm does), where this plugin always fails: prefer `kubeletAuth`.
   */
  public static kubelet(options: EdgeHealthPluginOptions = {}): EdgeHealthPlugin {
    return new EdgeHealthPlugin('kubeletplugin', 10255, options);
  }

  /** The flag name, without dashes (`kubeletauthplugin`). */
  public readonly flagName: string;
  /** Probe timeout, seconds. */
  public readonly timeout: number;
  /** Retries of a failed probe. */
  public readonly retryTime: number;
  /** Share of the score. */
  public readonly weight: number;
  /** The port probed. */
  public readonly port: number;

  private constructor(flagName: string, defaultPort: number, options: EdgeHealthPluginOptions) {
    const o = options ?? {};
    if (typeof o !== 'object') {
      throw new Error(`EdgeHealthPlugin.${flagName}: options must be an object such as { timeout: 5, retryTime: 3, weight: 1 }. Fix: pass an object or nothing`);
    }
    this.flagName = flagName;
    this.timeout = wholeNumber(flagName, 'timeout', o.timeout, 5, 1, 3600);
    this.retryTime = wholeNumber(flagName, 'retryTime', o.retryTime, 3, 0, 100);
    this.port = wholeNumber(flagName, 'port', o.port, defaultPort, 1, 65535);
    const weight = o.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0 || weight > 1) {
      throw new Error(`EdgeHealthPlugin.${flagName}: weight ${JSON.stringify(weight)} is not a number above 0 and at most 1 (a plugin's share of the score). Fix: pass weight between 0 (exclusive) and 1, e.g. 0.5`);
    }
    this.weight = weight;
  }

  /** The command-line argument of edge-health (`--kubeletauthplugin=timeout=5,retrytime=3,weight=1,port=10250`). */
  public get arg(): string {
    return `--${this.flagName}=timeout=${this.timeout},retrytime=${this.retryTime},weight=${this.weight},port=${this.port}`;
  }
}

function wholeNumber(plugin: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new Error(`EdgeHealthPlugin.${plugin}: ${name} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}. Fix: pass ${name}: ${fallback} (the upstream default) or another whole number in that range`);
  }
  return v;
}
