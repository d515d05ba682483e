/**
 * Named sizes (vertical scaling, seed §3): one table, every cloud's SKU for the same vCPU and memory.
 *
 * | size | vCPU | memory | AWS EC2 | AWS Fargate | Azure VM | Azure App Service |
 * |---|---|---|---|---|---|---|
 * | xsmall | 2 | 4 GiB | t3.medium | 0.5 vCPU / 1 GiB | Standard_B2s | B1 |
 * | small | 2 | 8 GiB | m7i.large | 1 vCPU / 2 GiB | Standard_D2s_v5 | P0v3 |
 * | medium | 4 | 16 GiB | m7i.xlarge | 2 vCPU / 4 GiB | Standard_D4s_v5 | P1v3 |
 * | large | 8 | 32 GiB | m7i.2xlarge | 4 vCPU / 8 GiB | Standard_D8s_v5 | P2v3 |
 * | xlarge | 16 | 64 GiB | m7i.4xlarge | 8 vCPU / 16 GiB | Standard_D16s_v5 | P3v3 |
 * | 2xlarge | 32 | 128 GiB | m7i.8xlarge | 16 vCPU / 32 GiB | Standard_D32s_v5 | P3v3 |
 *
 * `xsmall` is burstable and meant for dev. The v5 D-series support encryption at host.
 * The largest size is the single-instance limit of vertical scaling; docs/compute.md says how to
 * move a tier to horizontal scaling instead.
 */
export enum SizeTier {
  XSMALL = 'xsmall',
  SMALL = 'small',
  MEDIUM = 'medium',
  LARGE = 'large',
  XLARGE = 'xlarge',
  XXLARGE = '2xlarge',
}

export interface SizeSpec {
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly awsInstanceType: string;
  /** Fargate task CPU units (1024 = 1 vCPU) and memory, for container tiers. */
  readonly fargateCpu: number;
  readonly fargateMemoryMiB: number;
  readonly azureVmSku: string;
  readonly azureAppServiceSku: string;
}

export const SIZE_TIERS: Readonly<Record<SizeTier, SizeSpec>> = {
  [SizeTier.XSMALL]: { vcpu: 2, memoryGiB: 4, awsInstanceType: 't3.medium', fargateCpu: 512, fargateMemoryMiB: 1024, azureVmSku: 'Standard_B2s', azureAppServiceSku: 'B1' },
  [SizeTier.SMALL]: { vcpu: 2, memoryGiB: 8, awsInstanceType: 'm7i.large', fargateCpu: 1024, fargateMemoryMiB: 2048, azureVmSku: 'Standard_D2s_v5', azureAppServiceSku: 'P0v3' },
  [SizeTier.MEDIUM]: { vcpu: 4, memoryGiB: 16, awsInstanceType: 'm7i.xlarge', fargateCpu: 2048, fargateMemoryMiB: 4096, azureVmSku: 'Standard_D4s_v5', azureAppServiceSku: 'P1v3' },
  [SizeTier.LARGE]: { vcpu: 8, memoryGiB: 32, awsInstanceType: 'm7i.2xlarge', fargateCpu: 4096, fargateMemoryMiB: 8192, azureVmSku: 'Standard_D8s_v5', azureAppServiceSku: 'P2v3' },
  [SizeTier.XLARGE]: { vcpu: 16, memoryGiB: 64, awsInstanceType: 'm7i.4xlarge', fargateCpu: 8192, fargateMemoryMiB: 16384, azureVmSku: 'Standard_D16s_v5', azureAppServiceSku: 'P3v3' },
  [SizeTier.XXLARGE]: { vcpu: 32, memoryGiB: 128, awsInstanceType: 'm7i.8xlarge', fargateCpu: 16384, fargateMemoryMiB: 32768, azureVmSku: 'Standard_D32s_v5', azureAppServiceSku: 'P3v3' },
};

export const SIZE_TIER_NAMES: readonly string[] = Object.values(SizeTier);

export function isSizeTier(value: unknown): value is SizeTier {
  return typeof value === 'string' && SIZE_TIER_NAMES.includes(value);
}

/** The spec of a size; throws with the allowed names when it has none. */
export function sizeSpec(size: SizeTier | string): SizeSpec {
  if (!isSizeTier(size)) throw new Error(`size must be one of ${SIZE_TIER_NAMES.join(', ')}, got ${JSON.stringify(size)}.`);
  return SIZE_TIERS[size];
}
