import { SIZE_TIERS, SIZE_TIER_NAMES, SizeTier, isSizeTier, sizeSpec } from '../../../constructs/core/size';

describe('size tiers', () => {
  test('every size maps to an instance type, a Fargate size, a VM SKU and an App Service SKU', () => {
    for (const name of SIZE_TIER_NAMES) {
      const s = sizeSpec(name);
      expect(s.awsInstanceType).toMatch(/^[a-z0-9]+\.[a-z0-9]+$/);
      expect(s.azureVmSku).toMatch(/^Standard_/);
      expect(s.azureAppServiceSku).toMatch(/^[BP]\d/);
      expect(s.fargateCpu).toBeGreaterThan(0);
    }
  });
  test('sizes grow monotonically in vCPU and memory', () => {
    const specs = SIZE_TIER_NAMES.map((n) => SIZE_TIERS[n as SizeTier]);
    for (let i = 1; i < specs.length; i++) {
      expect(specs[i].vcpu).toBeGreaterThanOrEqual(specs[i - 1].vcpu);
      expect(specs[i].memoryGiB).toBeGreaterThanOrEqual(specs[i - 1].memoryGiB);
    }
  });
  test('fails when the size is unknown, naming the allowed sizes', () => {
    expect(isSizeTier('huge')).toBe(false);
    expect(() => sizeSpec('huge')).toThrow('size must be one of xsmall, small, medium, large, xlarge, 2xlarge, got "huge".');
  });
});
