import { WiringEdge } from '../../constructs/core/wiring';
import { SynthOutput, SynthResource, SynthStack, stackFromDoc } from '../../src/review/model';

/** One resource for a fixture document: its config, and optionally its construct path. */
export interface FixtureResource {
  readonly type: string;
  readonly id: string;
  readonly config: Record<string, unknown>;
  readonly path?: string;
  readonly suppressions?: Array<{ id: string; reason: string }>;
}

/** A cdk.tf.json-shaped document holding the given resources (construct paths default to `<stack>/<id>/Resource`). */
export function doc(stack: string, list: FixtureResource[], provider: 'aws' | 'azurerm' = 'aws'): Record<string, any> {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const r of list) {
    resource[r.type] ??= {};
    resource[r.type][r.id] = {
      '//': { metadata: { path: r.path ?? `${stack}/${r.id}/Resource`, uniqueId: r.id }, ...(r.suppressions ? { suppressions: r.suppressions } : {}) },
      ...r.config,
    };
  }
  return { provider: { [provider]: [{}] }, resource };
}

export function stack(id: string, list: FixtureResource[], provider: 'aws' | 'azurerm' = 'aws', wiring?: WiringEdge[]): SynthStack {
  const d = doc(id, list, provider);
  return stackFromDoc(id, wiring ? { ...d, '//': { ...(d['//'] ?? {}), wiring } } : d);
}

export function output(...stacks: SynthStack[]): SynthOutput {
  return { dir: '/nonexistent', stacks };
}

/** A single synthesized resource, for rule checks. */
export function resource(type: string, config: Record<string, unknown>, logicalId = 'Res'): SynthResource {
  const s = stack('test', [{ type, id: logicalId, config }], type.startsWith('azurerm_') ? 'azurerm' : 'aws');
  return s.resources[0];
}
