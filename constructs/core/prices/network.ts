import { PriceEntry, PriceUnit } from './types';

/**
 * Network prices. Read 2026-11-01 from the AWS VPC pricing page (eu-west-1) and the Azure NAT
 * Gateway pricing page (West Europe), list prices in USD.
 */
export const PRICES_NETWORK: ReadonlyArray<PriceEntry> = [
  { sku: 'aws:nat-gateway:hour', usd: 0.048, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'azure:nat-gateway:hour', usd: 0.045, unit: PriceUnit.HOUR, region: 'westeurope' },
];
