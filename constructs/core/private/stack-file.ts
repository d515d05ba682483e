import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';

/**
 * cdktf's hook for constructs that write files during synthesis (the one TerraformAsset uses):
 * `onSynthesize(session)` runs after the stack's aspects and validations, before the stack JSON is
 * written. Reached through its global symbol because cdktf does not export `addCustomSynthesis`.
 */
const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');

interface SynthSession {
  readonly outdir: string;
  readonly manifest: { forStack(stack: TerraformStack): { readonly synthesizedStackPath: string } };
}

export interface StackFileProps {
  /** File name, written beside the stack's `cdk.tf.json` (no folders). */
  readonly fileName: string;
  /** The exact bytes to write: build them deterministically. */
  readonly content: string;
}

/**
 * A file written next to the stack's Terraform JSON on every synth (`stacks/<id>/<fileName>`):
 * no timestamps, no hashes in the path, the same bytes for the same input.
 */
export class StackFile extends Construct {
  public readonly fileName: string;
  public readonly content: string;

  constructor(scope: Construct, id: string, props: StackFileProps) {
    super(scope, id);
    if (!/^[A-Za-z0-9._-]+$/.test(props.fileName)) throw new Error(`StackFile: '${props.fileName}' must be a plain file name.`);
    const stack = TerraformStack.of(this);
    const clash = stack.node.findAll().find((c) => c !== this && c instanceof StackFile && c.fileName === props.fileName);
    if (clash) throw new Error(`StackFile: ${clash.node.path} already writes '${props.fileName}'.`);
    this.fileName = props.fileName;
    this.content = props.content;
    Object.defineProperty(this, CUSTOM_SYNTHESIS, {
      value: {
        onSynthesize: (session: SynthSession) => {
          const stackPath = session.manifest.forStack(stack).synthesizedStackPath;
          const target = path.join(session.outdir, path.dirname(stackPath), this.fileName);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, this.content);
        },
      },
      enumerable: false,
    });
  }
}
