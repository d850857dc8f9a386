/**
 * Facts about container images. Internal: not exported.
 *
 * The official Docker Hub images below start as root (their image configuration has no
 * non-root `USER`): under `runAsNonRoot: true` (cdk8s-plus' default) without a numeric
 * `runAsUser`, the kubelet refuses to start them ("container has runAsNonRoot and image
 * will run as root"), so the pod never runs. Each has an unprivileged variant or runs
 * as a given user (e.g. `nginxinc/nginx-unprivileged`, or postgres with
 * `runAsUser: 999`).
 *
 * This module imports nothing from the library; everything may import it.
 */

/** Official images (Docker Hub `library/`) that start as root. */
export const ROOT_ONLY_IMAGES: ReadonlySet<string> = new Set([
  'nginx', 'httpd', 'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'traefik',
  'busybox', 'alpine', 'ubuntu', 'debian', 'centos', 'fedora', 'node', 'python', 'golang', 'php', 'wordpress',
]);

/**
 * The official-image name of a reference (`nginx:1.25`, `docker.io/library/nginx@sha256:...`,
 * `library/nginx`), or undefined when it is not an official Docker Hub image.
 */
export function officialImageName(image: string): string | undefined {
  let ref = image.split('@')[0];
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'library/']) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref.includes('/') ? undefined : ref;
}
