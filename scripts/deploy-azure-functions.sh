#!/usr/bin/env bash
# Publishes a function package to a Flex Consumption app with One Deploy, the deployment
# technology Flex Consumption supports: `az functionapp deployment source config-zip` posts the zip
# to the app's /api/publish with your Entra ID token (no basic auth, no storage keys). The stacks
# run the same command during `cdktf deploy` (terraform_data "CodeDeployment"); use this script when
# that step is off (codeDeploymentEnabled: false) or to publish again without an apply.
#
# Usage: scripts/deploy-azure-functions.sh <resource-group> <function-app-name> <package.zip>
#   The package is the stack's asset: cdktf.out/stacks/<stack>/assets/<Fn>_Code_Asset_*/<hash>/archive.zip
#   Needs: the Azure CLI, signed in (`az login`) as a principal with Microsoft.Web/sites/publish/Action
#   on the app (Website Contributor or Contributor).
set -euo pipefail

usage() {
  echo "usage: $0 <resource-group> <function-app-name> <package.zip>" >&2
  exit 2
}

[ "$#" -eq 3 ] || usage
rg="$1"
app="$2"
zip="$3"
for v in "$rg" "$app"; do
  if [ -z "$v" ] || [[ "$v" =~ [[:space:]] ]]; then
    echo "resource group and app name must be non-empty names without spaces, got '$v'." >&2
    exit 2
  fi
done
if [ ! -f "$zip" ]; then
  echo "package must be an existing zip file, got '$zip'. Run 'cdktf synth' first and pass the stack's archive.zip." >&2
  exit 2
fi
if [ "$(head -c 4 "$zip" | od -An -tx1 | tr -d ' \n')" != "504b0304" ]; then
  echo "package must be a zip file, got '$zip' (no zip signature)." >&2
  exit 2
fi
if ! grep -q 'host.json' "$zip"; then
  echo "package must be an Azure Functions project with host.json at its root, got '$zip'. Pass the Azure stack's package." >&2
  exit 2
fi
command -v az >/dev/null 2>&1 || { echo "the Azure CLI (az) must be installed and signed in." >&2; exit 2; }

exec az functionapp deployment source config-zip --resource-group "$rg" --name "$app" --src "$zip"
