import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ServicebusNamespace } from '@cdktf/provider-azurerm/lib/servicebus-namespace';
import { ServicebusQueue } from '@cdktf/provider-azurerm/lib/servicebus-queue';
import { AwsServerlessFunction } from '../../../constructs/aws/function';
import { AZURE_TRIGGER_SETTINGS, AzureServerlessFunction, AzureServerlessFunctionProps } from '../../../constructs/azure/function';
import { FLEX_CODE_DEPLOYMENT } from '../../../constructs/azure/private/flex-deploy';
import { FUNCTIONS_V4 } from '../../../constructs/azure/private/functions-v4';
import { IQueueRef } from '../../../constructs/core/refs';
import { awsStack, azureStack, onlyResource, resources, synth } from '../../helpers';

const HANDLERS = path.join(__dirname, '../../../handlers');

/** The files of a stored zip: name to bytes, read through the central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const out = new Map<string, Buffer>();
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt16LE(p + 10)).toBe(0); // stored
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, zip.subarray(start, start + size));
    p += 46 + nameLen;
  }
  return out;
}

function queueFunction(extra: Partial<AzureServerlessFunctionProps> = {}) {
  const { stack, resourceGroup } = azureStack();
  const ns = new ServicebusNamespace(stack, 'Ns', { name: 'shop-bus', location: 'westeurope', resourceGroupName: resourceGroup.name, sku: 'Premium', capacity: 1, premiumMessagingPartitions: 1 });
  const q = new ServicebusQueue(stack, 'Q', { name: 'notifications', namespaceId: ns.id });
  const queue: IQueueRef = { queueName: q.name, queueId: q.id, namespaceId: ns.id, namespaceName: ns.name };
  const fn = new AzureServerlessFunction(stack, 'notification-sender', { sourcePath: path.join(HANDLERS, 'notification-sender'), resourceGroupName: resourceGroup.name, location: 'westeurope', queue, queueMaxConcurrency: 5, ...extra });
  return { stack, fn, files: unzip(fs.readFileSync(fn.codePackage.stagedPath)) };
}

function timerFunction() {
  const { stack, resourceGroup } = azureStack();
  const fn = new AzureServerlessFunction(stack, 'reconciliation', { sourcePath: path.join(HANDLERS, 'reconciliation'), resourceGroupName: resourceGroup.name, location: 'westeurope', schedule: { cron: '0 2 * * *' } });
  return { stack, fn, files: unzip(fs.readFileSync(fn.codePackage.stagedPath)) };
}

/** Extracts a package and swaps the vendored @azure/functions for a recorder of registrations. */
const extracted: string[] = [];
afterAll(() => extracted.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function loadRegistrations(files: Map<string, Buffer>): Record<string, { kind: string; options: any }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-fn-'));
  extracted.push(dir);
  for (const [name, data] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  const lib = path.join(dir, 'node_modules', FUNCTIONS_V4.library);
  fs.writeFileSync(path.join(lib, 'package.json'), JSON.stringify({ name: FUNCTIONS_V4.library, main: 'recorder.js' }));
  fs.writeFileSync(path.join(lib, 'recorder.js'), "const r = {}; const rec = (kind) => (name, options) => { r[name] = { kind, options }; }; module.exports = { registrations: r, app: { serviceBusQueue: rec('serviceBusQueue'), timer: rec('timer'), http: rec('http') } };");
  const main = JSON.parse(files.get('package.json')!.toString()).main;
  require(path.join(dir, main));
  return require(lib).registrations;
}

describe('Azure function packages: the Node.js v4 programming model', () => {
  test('the queue function: host.json with the extension bundle, package.json naming the registrations, the handler and @azure/functions vendored', () => {
    const { files } = queueFunction();
    expect(JSON.parse(files.get('host.json')!.toString())).toEqual({ version: '2.0', extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' } });
    const pkg = JSON.parse(files.get('package.json')!.toString());
    const installed = require('@azure/functions/package.json').version;
    expect(pkg).toEqual({ name: 'notification-sender', version: '1.0.0', private: true, main: FUNCTIONS_V4.registrationFile, dependencies: { '@azure/functions': installed } });
    expect(files.get('index.js')!.equals(fs.readFileSync(path.join(HANDLERS, 'notification-sender/index.js')))).toBe(true);
    const vendored = JSON.parse(files.get('node_modules/@azure/functions/package.json')!.toString());
    expect(vendored.version).toBe(installed);
    expect(files.has(`node_modules/@azure/functions/${vendored.main.replace(/^\.\//, '')}`)).toBe(true);
    expect(files.has('node_modules/@azure/functions-extensions-base/package.json')).toBe(true);
    expect(files.has('node_modules/cookie/index.js')).toBe(true);
    expect([...files.keys()].filter((n) => /\.(map|d\.ts|ts)$/.test(n))).toEqual([]);
  });

  test('the queue function registers a Service Bus trigger on the queue setting; it runs the Lambda handler and fails a bad message', async () => {
    const { files } = queueFunction();
    const regs = loadRegistrations(files);
    expect(Object.keys(regs)).toEqual(['notification-sender']);
    const { kind, options } = regs['notification-sender'];
    expect(kind).toBe('serviceBusQueue');
    expect(options).toMatchObject({ connection: AZURE_TRIGGER_SETTINGS.serviceBusConnection, queueName: `%${AZURE_TRIGGER_SETTINGS.queueName}%` });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await options.handler({ orderId: 'o-1', email: 'a@example.com' }, { invocationId: 'i-1', triggerMetadata: { messageId: 'm-1' } });
      expect(log.mock.calls.map((c) => JSON.parse(c[0]))).toEqual([{ level: 'info', msg: 'notification sent', orderId: 'o-1', service: 'notification-sender' }]);
      await expect(options.handler({ orderId: 'o-2' }, { invocationId: 'i-2', triggerMetadata: { messageId: 'm-2' } })).rejects.toThrow('message m-2 failed');
    } finally {
      log.mockRestore();
    }
  });

  test('the scheduled function registers a timer on the schedule setting and runs the Lambda handler', async () => {
    const { files } = timerFunction();
    const regs = loadRegistrations(files);
    expect(regs.reconciliation.kind).toBe('timer');
    expect(regs.reconciliation.options.schedule).toBe(`%${AZURE_TRIGGER_SETTINGS.timerSchedule}%`);
    await expect(regs.reconciliation.options.handler({ isPastDue: false }, { invocationId: 'i' })).resolves.toBeUndefined();
  });

  test('the package is the same bytes on every synth', () => {
    expect(queueFunction().fn.codePackage.sha256Hex).toBe(queueFunction().fn.codePackage.sha256Hex);
    expect(queueFunction().fn.codePackage.sha256Hex).not.toBe(timerFunction().fn.codePackage.sha256Hex);
  });

  test('a folder with its own host.json is packaged as it is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-own-'));
    fs.writeFileSync(path.join(dir, 'host.json'), '{"version":"2.0"}');
    fs.writeFileSync(path.join(dir, 'index.js'), 'exports.handler = async () => 1;');
    const { stack, resourceGroup } = azureStack();
    const fn = new AzureServerlessFunction(stack, 'own', { sourcePath: dir, resourceGroupName: resourceGroup.name, location: 'westeurope' });
    expect([...unzip(fs.readFileSync(fn.codePackage.stagedPath)).keys()]).toEqual(['host.json', 'index.js']);
  });

  test('Lambda keeps its handler package: no Azure files', () => {
    const stack = awsStack();
    const fn = new AwsServerlessFunction(stack, 'notification-sender', { sourcePath: path.join(HANDLERS, 'notification-sender'), region: 'eu-west-1' } as any);
    expect([...unzip(fs.readFileSync(fn.codePackage.stagedPath)).keys()]).toEqual(['index.js']);
  });
});

describe('Flex Consumption code deployment (One Deploy, not zip_deploy_file)', () => {
  test('the app has no zip_deploy_file; a terraform_data publishes the package with the Azure CLI when its hash changes', () => {
    const { stack, fn } = queueFunction();
    const s = synth(stack);
    const app = onlyResource(s, 'azurerm_function_app_flex_consumption');
    expect(app.zip_deploy_file).toBeUndefined();
    const step = onlyResource(s, FLEX_CODE_DEPLOYMENT.resourceType);
    expect(step.triggers_replace).toEqual([fn.codePackage.sha256Hex]);
    const appAddress = `azurerm_function_app_flex_consumption.${Object.keys(resources(s, 'azurerm_function_app_flex_consumption'))[0]}`;
    expect(step.provisioner).toEqual([{ 'local-exec': { command: `az functionapp deployment source config-zip --resource-group \${azurerm_resource_group.ResourceGroup.name} --name \${${appAddress}.name} --src ${fn.codePackage.path}` } }]);
    expect(step.depends_on).toEqual([appAddress]);
    expect(fs.existsSync(fn.codePackage.stagedPath)).toBe(true);
  });

  test('codeDeploymentEnabled false, or a stopped app (reserved concurrency 0), publishes nothing', () => {
    expect(resources(synth(queueFunction({ codeDeploymentEnabled: false }).stack), FLEX_CODE_DEPLOYMENT.resourceType)).toEqual({});
    expect(resources(synth(queueFunction({ reservedConcurrency: 0 }).stack), FLEX_CODE_DEPLOYMENT.resourceType)).toEqual({});
  });
});
