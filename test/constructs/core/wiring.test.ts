import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { EdgeKind, Wiring, addressOfRef, wiringOf } from '../../../constructs/core/wiring';
import { readSynthOutput } from '../../../src/review/model';

function stackWithEdges(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'wired');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  const bucket = new S3Bucket(stack, 'Bucket', { bucket: 'b' });
  const w = Wiring.of(stack);
  w.add({ kind: EdgeKind.LOAD_BALANCER_TARGET, from: 'wired/Lb', to: 'wired/Web', port: 8080 });
  w.add({ kind: EdgeKind.APP_CACHE, from: 'wired/Web', to: 'wired/Cache', port: 6379, pieces: { dependency: bucket.arn } });
  return stack;
}

describe('Wiring', () => {
  test('records edges in a stable order and resolves their pieces into the stack JSON', () => {
    const stack = stackWithEdges(Testing.app());
    // Testing.synth strips `//` blocks; toTerraform() is what cdk.tf.json holds.
    const edges = wiringOf(stack.toTerraform());
    expect(edges.map((e) => e.kind)).toEqual([EdgeKind.APP_CACHE, EdgeKind.LOAD_BALANCER_TARGET]);
    expect(edges[0].pieces?.dependency).toMatch(/^\$\{aws_s3_bucket\.Bucket\.arn\}$/);
  });

  test('one wiring per stack; the same edge recorded twice is kept once', () => {
    const stack = stackWithEdges(Testing.app());
    expect(Wiring.of(stack)).toBe(Wiring.of(stack.node.findChild('Bucket')));
    Wiring.of(stack).add({ kind: EdgeKind.APP_CACHE, from: 'wired/Web', to: 'wired/Cache', port: 6380 });
    expect(Wiring.of(stack).edges.filter((e) => e.kind === EdgeKind.APP_CACHE).map((e) => e.port)).toEqual([6380]);
  });

  test('the synthesized cdk.tf.json carries the edges, and the review model reads them', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'wiring-'));
    try {
      const app = new App({ outdir, stackTraces: false });
      stackWithEdges(app);
      app.synth();
      const out = readSynthOutput(outdir);
      expect(out.stacks[0].wiring).toHaveLength(2);
      expect(out.stacks[0].wiring[0].pieces?.dependency).toBe('${aws_s3_bucket.Bucket.arn}');
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test.each([
    ['${aws_iam_role.Web_Role_1234.arn}', 'aws_iam_role.Web_Role_1234'],
    ['${data.aws_caller_identity.me.account_id}', 'data.aws_caller_identity.me'],
    ['${azurerm_linux_web_app.Web_ABC.identity[0].principal_id}', 'azurerm_linux_web_app.Web_ABC'],
    ['arn:aws:s3:::literal', undefined],
    [undefined, undefined],
  ])('addressOfRef(%s) is %s', (ref, address) => {
    expect(addressOfRef(ref)).toBe(address);
  });
});
