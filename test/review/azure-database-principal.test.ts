import { checkStack } from '../../src/policy/engine';
import { WIRING_RULES } from '../../src/policy/rules-wiring';
import { stack } from './fixtures';
import { AZURE_PRINCIPAL_FIXTURE as f } from './policy-fixtures-azure-principal';

describe('BP-ALL-WIRE-3 on Azure: a regular Entra role made by the principal bootstrap, never an administrator', () => {
  const rule = WIRING_RULES.find((r) => r.id === 'BP-ALL-WIRE-3')!;
  test('passes the kit\'s shape', () => {
    expect(checkStack(stack('s', f.good, f.provider, f.wiring), [rule])).toEqual([]);
  });
  test.each(Object.entries(f.bads))('flags: %s', (_name, resources) => {
    const found = checkStack(stack('s', resources, f.provider, f.wiring), [rule]);
    expect(found.map((x) => [x.ruleId, x.path])).toEqual([['BP-ALL-WIRE-3', 's/App']]);
  });
  test('the over-grant names the administrator role and its privileges', () => {
    const [found] = checkStack(stack('s', f.bad, f.provider, f.wiring), [rule]);
    expect(found.detail).toMatch(/is an Entra administrator of azurerm_postgresql_flexible_server\.Pg \(azure_pg_admin member with CREATEROLE and CREATEDB\)/);
  });
});
