/**
 * What the apps run with, per tier: the settings the sample shop reads (all hostings) and the
 * cloud-init that starts the app on the rehost VMs. Only core imports: no provider packages.
 */
import { SAMPLE_APP, isSampleImage, sampleAppSettings, sampleAppSourceBase64 } from '../../constructs/core/sample-app';
import { Workload, WorkloadTier } from '../../constructs/core/workload';

/** Where the VM bootstrap puts things (a public contract: docs/compute.md and the runbooks use them). */
export const VM_APP = {
  /** The settings file, `KEY=value` lines, passed to the container with `--env-file`. */
  envFile: '/etc/scaling-blueprints/app.env',
  /** The folder holding the sample's code, mounted read-only at /app in the container. */
  codeDir: '/opt/scaling-blueprints/app',
  /** The systemd unit that runs the app. */
  unit: 'scaling-blueprints-app.service',
  /** The container's name. */
  container: 'scaling-blueprints-app',
} as const;

/** The workload's feature flags with their initial state. */
export function workloadFeatures(w: Workload): Record<string, boolean> {
  return Object.fromEntries(Object.entries(w.features ?? {}).map(([name, f]) => [name, f.enabled]));
}

/** The settings a tier's app reads: `APP_TIER`, `PORT`, `HEALTH_CHECK_PATH`, `FEATURE_<NAME>`. */
export function tierAppSettings(w: Workload, name: string, t: WorkloadTier): Record<string, string> {
  return sampleAppSettings(name, t.port ?? SAMPLE_APP.port, t.healthCheckPath ?? SAMPLE_APP.healthCheckPath, workloadFeatures(w));
}

function block(lines: string[], indent: string): string[] {
  return lines.map((l) => (l.length > 0 ? `${indent}${l}` : ''));
}

/**
 * Cloud-init (AWS user data, Azure custom data) that starts a tier's app on a VM:
 * 1. writes the settings (the data tier's and the tier's) to {@link VM_APP.envFile}, mode 0640;
 * 2. with the sample image, writes the sample's code to {@link VM_APP.codeDir};
 * 3. installs Docker (dnf on Amazon Linux 2023, apt on Ubuntu) and runs the tier's image as the
 *    systemd unit {@link VM_APP.unit}: `--env-file` the settings, published on the tier's port,
 *    restarted whenever it stops.
 * The scale set's health probe, the load balancer check and the health extension all ask this port
 * and the tier's health path.
 */
export function vmBootstrap(w: Workload, name: string, t: WorkloadTier, dataSettings: Record<string, string>): string {
  const env: Record<string, string> = { ...dataSettings, ...tierAppSettings(w, name, t) };
  const port = t.port ?? SAMPLE_APP.port;
  const image = t.containerImage ?? SAMPLE_APP.containerImage;
  const sample = isSampleImage(image);
  const run = [
    '/usr/bin/docker run --rm',
    `--name ${VM_APP.container}`,
    `--env-file ${VM_APP.envFile}`,
    `-p ${port}:${port}`,
    ...(sample ? [`-v ${VM_APP.codeDir}:/app:ro`] : []),
    image,
    ...(sample ? ['node /app/server.js'] : []),
  ].join(' ');
  const unit = [
    '[Unit]',
    `Description=scaling-blueprints app (tier ${name})`,
    'After=docker.service network-online.target',
    'Requires=docker.service',
    '',
    '[Service]',
    `ExecStartPre=-/usr/bin/docker rm -f ${VM_APP.container}`,
    `ExecStart=${run}`,
    `ExecStop=/usr/bin/docker stop ${VM_APP.container}`,
    'Restart=always',
    'RestartSec=5',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
  ];
  const files = [
    `  - path: ${VM_APP.envFile}`,
    "    permissions: '0640'",
    '    content: |',
    ...Object.keys(env)
      .sort()
      .map((k) => `      ${k}=${env[k]}`),
  ];
  if (sample) files.push(`  - path: ${VM_APP.codeDir}/server.js`, "    permissions: '0644'", '    encoding: b64', `    content: ${sampleAppSourceBase64()}`);
  files.push(`  - path: /etc/systemd/system/${VM_APP.unit}`, "    permissions: '0644'", '    content: |', ...block(unit, '      '));
  return [
    '#cloud-config',
    'write_files:',
    ...files,
    'runcmd:',
    "  - [sh, -c, 'if command -v dnf >/dev/null 2>&1; then dnf install -y docker; else apt-get update && apt-get install -y docker.io; fi']",
    '  - [systemctl, enable, --now, docker.service]',
    '  - [systemctl, daemon-reload]',
    `  - [systemctl, enable, --now, ${VM_APP.unit}]`,
    '',
  ].join('\n');
}
