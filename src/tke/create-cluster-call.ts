import { tke } from 'tencentcloud-sdk-nodejs-tke';
import type { CreateTKEEdgeClusterRequest } from 'tencentcloud-sdk-nodejs-tke/tencentcloud/services/tke/v20180525/tke_models';

/** Credentials or endpoint missing or malformed (bad usage). Internal. */
export class CallSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallSetupError';
  }
}

export interface CreateCallOptions {
  /** The Tencent Cloud region (the API's Region parameter). */
  readonly region: string;
  /** Another endpoint than the SDK's (`https://tke.tencentcloudapi.com`), as a URL. */
  readonly endpoint?: string;
  /** Where the credentials come from (the process environment). */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Calls CreateTKEEdgeCluster through the official SDK's client and returns the new
 * cluster's id. Credentials come from the SDK's usual environment variables,
 * TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and (optional)
 * TENCENTCLOUD_SESSION_TOKEN, never from a file. Internal.
 */
export async function callCreateTkeEdgeCluster(body: CreateTKEEdgeClusterRequest, options: CreateCallOptions): Promise<string> {
  const secretId = options.env.TENCENTCLOUD_SECRET_ID;
  const secretKey = options.env.TENCENTCLOUD_SECRET_KEY;
  if (!secretId || !secretKey) {
    throw new CallSetupError('no Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary keys) in the environment, or use --dry-run');
  }
  const httpProfile: { endpoint?: string; protocol?: string } = {};
  if (options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new CallSetupError(`--endpoint ${JSON.stringify(options.endpoint)} is not a URL: give e.g. https://tke.tencentcloudapi.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CallSetupError(`--endpoint ${options.endpoint}: only http and https are supported`);
    httpProfile.endpoint = url.host;
    httpProfile.protocol = `${url.protocol}//`;
  }
  const client = new tke.v20180525.Client({
    credential: { secretId, secretKey, token: options.env.TENCENTCLOUD_SESSION_TOKEN || undefined },
    region: options.region,
    profile: { httpProfile },
  });
  const response = await client.CreateTKEEdgeCluster(body);
  if (!response.ClusterId) throw new Error(`CreateTKEEdgeCluster returned no ClusterId (RequestId ${response.RequestId ?? 'unknown'})`);
  return response.ClusterId;
}
