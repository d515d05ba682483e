/**
 * The one argument parser of the CLIs (synth, cost, review): Node's built-in `util.parseArgs` in
 * strict mode, with its errors turned into each CLI's usage error and our wording (`unknown argument
 * '--x'`, `--config needs a value`). `--help` / `-h` throws the usage error with an empty message,
 * which the CLIs answer with their usage text and exit code 0.
 */
import { parseArgs } from 'util';
import { ALL_STACK_IDS } from '../app';

export type CliOptions = Record<string, { readonly type: 'string' | 'boolean' }>;

type Values<T extends CliOptions> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

/** Parses `argv` against `options`; any problem throws `new UsageError(message)`. */
export function parseCli<T extends CliOptions>(argv: readonly string[], options: T, UsageError: new (message: string) => Error): Values<T> {
  let parsed: { values: Record<string, unknown> };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError(usageMessage(err as NodeJS.ErrnoException, argv));
  }
  if (parsed.values.help) throw new UsageError('');
  delete parsed.values.help;
  for (const [name, value] of Object.entries(parsed.values)) if (value === '') throw new UsageError(`--${name} needs a value`);
  return parsed.values as Values<T>;
}

/** Our wording of util.parseArgs's errors. */
function usageMessage(err: NodeJS.ErrnoException, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = quoted.split(' ')[0] || argv.find((a) => a.startsWith('--')) || '';
      // A flag given a value (`--json=1`), or a string option without its value / followed by another option.
      return /does not take an argument/.test(err.message) ? `${name} takes no value` : `${name} needs a value`;
    }
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unknown argument '${quoted}'`;
    default:
      return err.message;
  }
}

/** `--stacks a,b`: the ids, checked against the six stack ids. */
export function stackList(value: string | undefined, UsageError: new (message: string) => Error): string[] | undefined {
  if (value === undefined) return undefined;
  const stacks = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = stacks.filter((s) => !ALL_STACK_IDS.includes(s));
  if (unknown.length > 0) throw new UsageError(`--stacks must name stacks from ${ALL_STACK_IDS.join(', ')}, got ${unknown.map((u) => `'${u}'`).join(', ')}`);
  return stacks;
}
