/**
 * The bench floor: re-emits already-synthesized stacks as a hand-written cdktf script would, with
 * the same generated provider classes (deep imports) but none of the blueprint logic (no validation,
 * naming, tagging, signals or cost items). Each block is created with its provider class and its
 * arguments set as raw overrides, so the output matches the blueprints' output.
 *
 * Usage: node dist/src/bench-raw.js <synth-out> <raw-out>
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { skipTokenStackTraces } from './private/token-stack-traces';

type Block = Record<string, Record<string, Record<string, unknown>>>;
type Ctor = new (scope: Construct, id: string, config: Record<string, unknown>) => Construct & { addOverride(k: string, v: unknown): void; overrideLogicalId(id: string): void };

const classes = new Map<string, Ctor>();

/** `aws_autoscaling_group` → the class in `@cdktf/provider-aws/lib/autoscaling-group`. */
function providerClass(type: string, data: boolean, provider = false): Ctor {
  const key = `${data ? 'data:' : provider ? 'provider:' : ''}${type}`;
  const hit = classes.get(key);
  if (hit) return hit;
  const [prefix, ...rest] = type.split('_');
  if (prefix === 'terraform' && !data && !provider) {
    // Terraform's built-in resources (terraform_data) have no provider class: a plain TerraformResource.
    const Builtin = class extends TerraformResource {
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: type });
      }
    } as unknown as Ctor;
    classes.set(key, Builtin);
    return Builtin;
  }
  const pkg = prefix === 'azurerm' ? '@cdktf/provider-azurerm' : `@cdktf/provider-${prefix}`;
  const mod = provider ? `${pkg}/lib/provider` : `${pkg}/lib/${data ? `data-${prefix}-` : ''}${rest.join('-')}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(mod) as Record<string, unknown>;
  const cls = Object.values(exports).find((c) => typeof c === 'function' && (c as { tfResourceType?: string }).tfResourceType === type) as Ctor | undefined;
  if (!cls) throw new Error(`bench-raw: no class for ${type} in ${mod}`);
  classes.set(key, cls);
  return cls;
}

function main(src: string, out: string): void {
  const app = new App({ outdir: out, stackTraces: false });
  for (const id of fs.readdirSync(path.join(src, 'stacks')).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(src, 'stacks', id, 'cdk.tf.json'), 'utf8'));
    const stack = new TerraformStack(app, id);
    for (const [kind, data] of [['resource', false], ['data', true]] as const) {
      for (const [type, byId] of Object.entries((doc[kind] ?? {}) as Block)) {
        const Cls = providerClass(type, data);
        for (const [logicalId, config] of Object.entries(byId)) {
          const r = new Cls(stack, logicalId, {});
          r.overrideLogicalId(logicalId);
          for (const [k, v] of Object.entries(config)) if (k !== '//') r.addOverride(k, v);
        }
      }
    }
    for (const [name, configs] of Object.entries((doc.provider ?? {}) as Record<string, Record<string, unknown>[]>)) {
      const Cls = providerClass(name, false, true);
      configs.forEach((config, i) => {
        const p = new Cls(stack, `${name}${i}`, {});
        for (const [k, v] of Object.entries(config)) p.addOverride(k, v);
      });
    }
    for (const key of ['terraform', 'output']) if (doc[key]) stack.addOverride(key, doc[key]);
  }
  app.synth();
}

// The same cdktf setting as the synth CLI (src/main.ts), so that the ratio compares like with like.
skipTokenStackTraces();
main(process.argv[2], process.argv[3]);
if (process.env.SB_BENCH_RSS) process.stderr.write(`SB_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
