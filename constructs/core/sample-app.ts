import * as fs from 'fs';
import * as path from 'path';

/**
 * The sample shop that every hosting runs when a tier keeps the default image: ECS on Fargate and
 * App Service containers run {@link SAMPLE_APP.containerImage} with {@link SAMPLE_APP.command}, and
 * the rehost VMs run the same image through Docker (stacks/parts/bootstrap.ts). The code is
 * `apps/sample-shop/server.js` (dependency-free Node.js), passed base64-encoded in the
 * `SAMPLE_APP_SOURCE` setting, so no image has to be built or pushed. It listens on `PORT` and
 * answers `HEALTH_CHECK_PATH`, which the stacks set to the tier's `port` and `healthCheckPath`.
 *
 * Image facts (the official Node.js image, mirrored on ECR Public as `docker/library/node`):
 * `ENTRYPOINT ["docker-entrypoint.sh"]`, `CMD ["node"]`; the entrypoint runs a command whose first
 * word is an executable (here `node`) as it is.
 * source: nodejs/docker-node, 22/alpine3.22/Dockerfile (ENTRYPOINT, CMD), read 2026-12-02.
 */
export const SAMPLE_APP = {
  /** The public image the sample runs on. */
  containerImage: 'public.ecr.aws/docker/library/node:22-alpine',
  /** The port the sample listens on unless `PORT` says otherwise. */
  port: 8080,
  /** The path the sample answers with 200 unless `HEALTH_CHECK_PATH` says otherwise. */
  healthCheckPath: '/healthz',
  /** The setting that carries the code, base64-encoded. */
  sourceSetting: 'SAMPLE_APP_SOURCE',
  /** The container command: decode the code from the setting and run it (no spaces inside an argument). */
  command: ['node', '-e', 'eval(atob(process.env.SAMPLE_APP_SOURCE))'] as readonly string[],
  /** Where the code lives in the package. */
  sourceFile: path.join(__dirname, '..', '..', 'apps', 'sample-shop', 'server.js'),
} as const;

let cachedSource: string | undefined;

/** The sample's code, base64-encoded (the value of `SAMPLE_APP_SOURCE`). */
export function sampleAppSourceBase64(): string {
  if (cachedSource === undefined) cachedSource = fs.readFileSync(sampleAppSourceFile()).toString('base64');
  return cachedSource;
}

/** The sample's code file, from the sources or from the compiled package (dist/constructs/core). */
export function sampleAppSourceFile(): string {
  const candidates = [SAMPLE_APP.sourceFile, path.join(__dirname, '..', '..', '..', 'apps', 'sample-shop', 'server.js')];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`The sample app is missing: looked for ${candidates.join(', ')}. Reinstall scaling-blueprints.`);
  return found;
}

/** True when a container image is the sample's, so the hosting adds the sample's command and code. */
export function isSampleImage(image: string | undefined): boolean {
  return image === undefined || image === SAMPLE_APP.containerImage;
}

/**
 * The settings the sample reads, for one tier: its name, port, health path and the workload's
 * feature flags (`FEATURE_<NAME>` = 'true' | 'false').
 */
export function sampleAppSettings(tierName: string, port: number, healthCheckPath: string, features: Record<string, boolean> = {}): Record<string, string> {
  const env: Record<string, string> = { APP_TIER: tierName, HEALTH_CHECK_PATH: healthCheckPath, PORT: String(port) };
  for (const name of Object.keys(features).sort()) env[`FEATURE_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`] = String(features[name]);
  return env;
}
