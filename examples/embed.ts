// Use the blueprints from your own cdktf project: `npm install scaling-blueprints`.
import { App } from 'cdktf';
import { AwsKitFactory, RefactorStack, loadWorkload } from 'scaling-blueprints';

const app = new App();
const loaded = loadWorkload('workload.json'); // validated: every problem listed at once
new RefactorStack(app, 'refactor-aws', { loaded, kitFactory: new AwsKitFactory() });
// or: new RehostStack(app, 'rehost-azure', { loaded, kitFactory: new AzureKitFactory() })
app.synth();
