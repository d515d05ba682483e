/** Small readers over synthesized JSON, shared by the rules. */
import { SynthResource, SynthStack, isToken } from '../review/model';
import { Compliance, Verdict } from './engine';

/** A nested block as a list: cdktf writes single blocks as an object, repeated ones as an array. */
export function blocks(v: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(v)) return v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');
  if (v && typeof v === 'object') return [v as Record<string, unknown>];
  return [];
}

/** The value at a dotted path through nested blocks (first block at each level). */
export function get(config: Record<string, unknown>, dotted: string): unknown {
  let cur: unknown = config;
  for (const part of dotted.split('.')) {
    const b = blocks(cur)[0];
    if (!b) return undefined;
    cur = b[part];
  }
  return cur;
}

/** A boolean argument as Terraform reads it: `true`, `"true"` and `false`, `"false"` alike. */
export function bool(v: unknown): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/** Non-compliant with a detail naming the argument and its value. */
export function bad(argument: string, value: unknown): Verdict {
  return { compliance: Compliance.NON_COMPLIANT, detail: `${argument} = ${value === undefined ? '(not set)' : JSON.stringify(value)}` };
}

/** Compliant when the argument is `true` or a token. */
export function mustBeTrue(r: SynthResource, argument: string): Verdict {
  const v = get(r.config, argument);
  return bool(v) === true || isToken(v) ? Compliance.COMPLIANT : bad(argument, v);
}

/** Compliant unless the argument is explicitly `false` (the provider default is safe). */
export function notFalse(r: SynthResource, argument: string): Verdict {
  const v = get(r.config, argument);
  return bool(v) === false ? bad(argument, v) : Compliance.COMPLIANT;
}

/** Compliant unless the argument is explicitly `true` (the provider default is safe). */
export function notTrue(r: SynthResource, argument: string): Verdict {
  const v = get(r.config, argument);
  return bool(v) === true ? bad(argument, v) : Compliance.COMPLIANT;
}

/** Compliant when the argument is one of the allowed values, or a token. `unset` is what not setting it means. */
export function oneOf(r: SynthResource, argument: string, allowed: readonly unknown[], unset?: unknown): Verdict {
  const raw = get(r.config, argument);
  const v = raw === undefined ? unset : raw;
  return isToken(v) || allowed.includes(v) ? Compliance.COMPLIANT : bad(argument, raw);
}

/** Compliant when the argument is set to a non-empty value. */
export function present(r: SynthResource, argument: string): Verdict {
  const v = get(r.config, argument);
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) ? Compliance.COMPLIANT : bad(argument, v);
}

/** Compliant when a number argument is at least `min` (`unset` is the provider default). */
export function atLeast(r: SynthResource, argument: string, min: number, unset?: number): Verdict {
  const raw = get(r.config, argument);
  const v = raw === undefined ? unset : raw;
  if (isToken(v)) return Compliance.COMPLIANT;
  return typeof v === 'number' && v >= min ? Compliance.COMPLIANT : bad(argument, raw);
}

/** A list argument with at least `min` entries (a token counts as enough). */
export function listAtLeast(r: SynthResource, argument: string, min: number): Verdict {
  const v = get(r.config, argument);
  if (isToken(v)) return Compliance.COMPLIANT;
  return Array.isArray(v) && (v.length >= min || v.some(isToken)) ? Compliance.COMPLIANT : bad(argument, v);
}

/** Every verdict compliant, else the first non-compliant one. */
export function all(...verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => v !== Compliance.COMPLIANT && v !== Compliance.NOT_APPLICABLE) ?? Compliance.COMPLIANT;
}

/** Compliant when the argument is `false` or a token (the provider default is unsafe). */
export function mustBeFalse(r: SynthResource, argument: string): Verdict {
  const v = get(r.config, argument);
  return bool(v) === false || isToken(v) ? Compliance.COMPLIANT : bad(argument, v);
}

/**
 * Resources of `type` in a stack that no resource of type `guard` (passing `test`) references:
 * a bucket without its public access block, a key vault without diagnostic settings.
 */
export function unguarded(stack: SynthStack, type: string, guard: string, test: (g: SynthResource) => boolean = () => true): Array<{ address: string; path: string }> {
  const guards = stack.resources.filter((r) => r.type === guard && test(r)).map((r) => JSON.stringify(r.config));
  return stack.resources
    .filter((r) => r.type === type && r.mode === 'resource')
    .filter((r) => !guards.some((g) => g.includes(`${r.type}.${r.logicalId}.`)))
    .map((r) => ({ address: r.address, path: r.path }));
}
