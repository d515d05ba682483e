import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { FunctionPackage } from '../../core/private/package';

/**
 * Code deployment to Flex Consumption, which the pinned provider cannot do: azurerm 4.55's
 * `zip_deploy_file` turns basic publishing auth off and then pushes with basic auth to
 * `/api/zipdeploy`, which Flex Consumption does not support (hashicorp/terraform-provider-azurerm
 * issue #29630, open; fix proposed in PR #31937, closed unmerged, in no release up to 4.55.0, nor in
 * the azurerm 4.73.0 that cdktn's @cdktn/provider-azurerm 16.1.0 loads: CHANGELOG-v4.md up to 4.81.0,
 * commit 2855a378, lists no such fix, so the step stays under cdktn too). One Deploy is the
 * supported path: the Azure CLI's `az functionapp deployment source config-zip` posts the zip to
 * `<scm>/api/publish` with the caller's Entra ID token, and the platform writes the package into the
 * app's deployment container with the app's deployment identity.
 * source: Azure/azure-cli, appservice custom.py `enable_zip_deploy_flex` (`/api/publish?RemoteBuild=`),
 * read 2026-12-02; the same command line lives in scripts/deploy-azure-functions.sh.
 */
export const FLEX_CODE_DEPLOYMENT = {
  enabledByDefault: true,
  /** The Terraform built-in resource (Terraform 1.4+) that re-runs the step when its trigger changes. */
  resourceType: 'terraform_data',
  /** The command, by argument; `{rg}`, `{app}`, `{zip}` are filled in. */
  command: ['az', 'functionapp', 'deployment', 'source', 'config-zip', '--resource-group', '{rg}', '--name', '{app}', '--src', '{zip}'],
} as const;

export interface FlexCodeDeploymentProps {
  readonly resourceGroupName: string;
  readonly functionAppName: string;
  readonly codePackage: FunctionPackage;
  readonly dependsOn?: ITerraformDependable[];
}

/** The One Deploy command line for an app and a zip. */
export function oneDeployCommand(rg: string, app: string, zip: string): string {
  return FLEX_CODE_DEPLOYMENT.command.map((a) => (a === '{rg}' ? rg : a === '{app}' ? app : a === '{zip}' ? zip : a)).join(' ');
}

/**
 * A `terraform_data` resource whose `local-exec` provisioner publishes the package with One Deploy;
 * `triggers_replace` holds the package hash, so a changed package is published again and an
 * unchanged one is not. Runs where Terraform runs: the Azure CLI must be installed and signed in
 * as the deployer (who needs `Microsoft.Web/sites/publish/Action` on the app, e.g. Website
 * Contributor; no data-plane role on the storage, which the platform writes).
 */
export class FlexCodeDeployment extends Construct {
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: FlexCodeDeploymentProps) {
    super(scope, id);
    this.resource = new TerraformResource(this, 'Resource', {
      terraformResourceType: FLEX_CODE_DEPLOYMENT.resourceType,
      dependsOn: props.dependsOn,
      provisioners: [{ type: 'local-exec', command: oneDeployCommand(props.resourceGroupName, props.functionAppName, props.codePackage.path) }],
    });
    this.resource.addOverride('triggers_replace', [props.codePackage.sha256Hex]);
  }
}
