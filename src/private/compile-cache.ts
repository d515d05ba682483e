/**
 * Node 22.1+ can keep V8's compiled code of every module on disk between runs
 * (`module.enableCompileCache()`, the cache folder under the OS temp dir, or `NODE_COMPILE_CACHE`).
 * Loading the provider classes is the largest fixed cost of a synth (docs/performance.md), so the
 * CLIs turn it on first thing; on older Node the call does not exist and nothing happens.
 * Imported for its side effect as the first import of the CLI entry points.
 */
import * as nodeModule from 'module';

/** Turns the compile cache on when this Node has it; returns whether it did. */
export function enableCompileCache(mod: { enableCompileCache?: () => unknown } = nodeModule as { enableCompileCache?: () => unknown }): boolean {
  if (typeof mod.enableCompileCache !== 'function') return false;
  try {
    mod.enableCompileCache();
    return true;
  } catch {
    return false; // a read-only temp dir: run without the cache
  }
}

enableCompileCache();
