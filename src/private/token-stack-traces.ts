/**
 * cdktf records where every token was created: each `Intrinsic` (every reference, every lazy value)
 * calls `captureStackTrace` (cdktf/lib/tokens/private/stack-trace.js), which lifts
 * `Error.stackTraceLimit` to `Number.MAX_SAFE_INTEGER` and formats the whole stack into strings on
 * a plain `{ stack: "" }` object. cdktf reads that `creationStack` only to decorate a few error
 * messages about unresolvable tokens. Profiled (docs/performance.md), the formatting and the garbage
 * it leaves are about half of a 100-service synth and half its peak memory.
 *
 * `skipTokenStackTraces` installs an `Error.prepareStackTrace` that formats those plain-object
 * captures as an empty stack (cdktf then records `[]`) and leaves real errors alone: it defers to
 * the hook that was installed before (source maps, a test runner) or formats them as V8 does. Our
 * CLIs (synth, bench floor) and the test setup install it; `SB_TOKEN_STACK_TRACES=1` keeps cdktf's
 * traces. A library user's own process is never patched unless they call it.
 */
type Prepare = (err: Error, frames: NodeJS.CallSite[]) => unknown;

/** The default V8 format: `Name: message` and one `    at frame` line per call site. */
function v8Format(err: Error, frames: NodeJS.CallSite[]): string {
  const head = err.message ? `${err.name ?? 'Error'}: ${err.message}` : `${err.name ?? 'Error'}`;
  return `${head}${frames.map((f) => `\n    at ${f}`).join('')}`;
}

/** True for what cdktf's captureStackTrace passes: a plain object, not an Error. */
function isTokenCapture(target: unknown): boolean {
  return typeof target === 'object' && target !== null && Object.getPrototypeOf(target) === Object.prototype;
}

/** Installs the hook (see above). Returns a function that restores the previous one. */
export function skipTokenStackTraces(env: NodeJS.ProcessEnv = process.env): () => void {
  const previous = Error.prepareStackTrace as Prepare | undefined;
  if (env.SB_TOKEN_STACK_TRACES === '1') return () => undefined;
  const hook: Prepare = (err, frames) => (isTokenCapture(err) ? '' : previous ? previous(err, frames) : v8Format(err, frames));
  Error.prepareStackTrace = hook as typeof Error.prepareStackTrace;
  return () => {
    if (Error.prepareStackTrace === (hook as unknown)) Error.prepareStackTrace = previous as typeof Error.prepareStackTrace;
  };
}
