// Your own stack on a kit: written once, synthesized for AWS and Azure, no workload file.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsKitFactory, AzureKitFactory, IKitFactory, applyStandardTags } from 'scaling-blueprints';

class ShopStack extends TerraformStack {
  constructor(scope: Construct, id: string, factory: IKitFactory, region: string) {
    super(scope, id);
    const tags = { project: 'shop', environment: 'prod', owner: 'platform', costCenter: 'cc-42' };
    applyStandardTags(this, tags);
    const kit = factory.create(this, { region, tags, alertEmails: ['oncall@shop.example.com'] });
    const target = kit.loadBalancer('LoadBalancer').addTarget('web');
    kit.webApp('Web', { target });
    kit.cache('Sessions', { memoryGiB: 1 });
    kit.costAlerts('CostAlerts', { monthlyBudgetUsd: 500, alertEmails: ['finance@shop.example.com'] });
    kit.monitoring('Monitoring', { alertEmails: ['oncall@shop.example.com'] });
  }
}

const app = new App();
new ShopStack(app, 'shop-aws', new AwsKitFactory(), 'eu-west-1');
new ShopStack(app, 'shop-azure', new AzureKitFactory(), 'westeurope');
app.synth();
