// The cdktf jest matchers' types (toHaveResourceWithProperties); test/setup.ts installs them.
import type {} from 'cdktf/lib/testing/adapters/jest';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { synth } from './helpers';

let probes = 0;

/** What a (token) value synthesizes to: `${aws_x.y.attr}` for an attribute reference. */
export function resolved(stack: TerraformStack, value: unknown): unknown {
  const id = `probe_${++probes}`;
  new TerraformOutput(stack, id, { value });
  const out = synth(stack).doc.output?.[id]?.value;
  stack.node.tryRemoveChild(id);
  return out;
}

/** The warning annotations of a construct (cdktf `Annotations.addWarning`). */
export function warnings(c: IConstruct): string[] {
  return c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
}

/** The info annotations of a construct. */
export function infos(c: IConstruct): string[] {
  return c.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => String(m.data));
}
