/**
 * The lockfile of a user's project that installs the packed tarball and its peers, for an offline
 * `npm ci`. `npm install --offline` cannot work in a fresh project: it needs each package's registry
 * metadata, and `npm ci` (which filled the cache) fetches tarballs only. So the user's lockfile is
 * written here from the repo's package-lock.json: the same registry tarballs and integrity hashes,
 * for the closure of exactly what the tarball's package.json declares (`dependencies`, and the
 * `peerDependencies` the user's project provides), followed the way Node resolves them. npm then
 * installs from the cache as a user's `npm ci` does, and `npm ls` checks the tree against every
 * declared range; an undeclared runtime dependency is simply not there, and the require fails.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  readonly [key: string]: unknown;
}

export interface Lock {
  readonly packages: Record<string, LockEntry>;
}

export interface PackedManifest {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/** Node's lookup: `<from>/node_modules/<name>`, then each parent's, up to the top. */
export function resolveKey(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

/**
 * @param rootDeps the user's package.json `dependencies`: the tarball (`file:` path) and the peers
 * @param tarballPath the tarball on disk (for its integrity hash); `tarballSpec` its `file:` path
 */
export function userLock(repoLock: Lock, rootDeps: Record<string, string>, manifest: PackedManifest, tarballPath: string, tarballSpec: string): object {
  const packages: Record<string, LockEntry> = {};
  const visit = (from: string, deps: Record<string, string>, optional: ReadonlySet<string>) => {
    for (const name of Object.keys(deps)) {
      const key = resolveKey(repoLock, from, name);
      if (!key) {
        if (optional.has(name)) continue;
        throw new Error(`${name} (needed by ${from || 'the project'}) is not in package-lock.json`);
      }
      if (packages[key]) continue;
      const { dev, devOptional, peer, ...entry } = repoLock.packages[key];
      packages[key] = entry;
      const opt = new Set([...Object.keys(entry.optionalDependencies ?? {}), ...Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional).map(([n]) => n)]);
      visit(key, { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies }, opt);
    }
  };
  const own = `node_modules/${manifest.name}`;
  packages[own] = {
    version: manifest.version,
    resolved: tarballSpec,
    integrity: `sha512-${createHash('sha512').update(fs.readFileSync(tarballPath)).digest('base64')}`,
    license: manifest.license,
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
    engines: manifest.engines,
  };
  visit('', Object.fromEntries(Object.entries(rootDeps).filter(([n]) => n !== manifest.name)), new Set());
  visit(own, { ...manifest.dependencies, ...manifest.peerDependencies }, new Set());
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { name: 'user-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'user-app', version: '1.0.0', dependencies: rootDeps }, ...sorted } };
}
