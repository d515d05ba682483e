import { PriceEntry, PriceUnit } from './types';

/**
 * Log search prices. Read 2026-11-01 (USD list prices, on-demand) from the Amazon OpenSearch
 * Service pricing page (instances, gp3 storage, OpenSearch Ingestion) and the Amazon Data
 * Firehose pricing page for eu-west-1 (Ireland), and from
 * the "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service" Marketplace plan for
 * westeurope. Elastic bills consumption in Elastic Consumption Units (ECU, 1 ECU = $1.00); the
 * deployment's size decides how many it uses, so the estimate shows it as usage-based.
 */
export const PRICES_LOGSEARCH: ReadonlyArray<PriceEntry> = [
  // Amazon OpenSearch Service instance hours (data nodes and dedicated masters)
  { sku: 'aws:opensearch:t3.small.search', usd: 0.04, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:t3.medium.search', usd: 0.079, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:m7g.medium.search', usd: 0.075, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:m7g.large.search', usd: 0.15, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:m7g.xlarge.search', usd: 0.3, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r7g.medium.search', usd: 0.092, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r7g.large.search', usd: 0.184, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r7g.xlarge.search', usd: 0.368, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r7g.2xlarge.search', usd: 0.736, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r6g.large.search', usd: 0.184, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:r6g.xlarge.search', usd: 0.368, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:opensearch:m6g.large.search', usd: 0.141, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // gp3 EBS storage attached to OpenSearch nodes
  { sku: 'aws:opensearch:gp3-storage', usd: 0.134, unit: PriceUnit.GIB_MONTH, region: 'eu-west-1' },
  // Amazon Data Firehose: ingestion (Direct PUT, first 500 TB per month)
  { sku: 'aws:firehose:ingest-gb', usd: 0.031, unit: PriceUnit.GIB, region: 'eu-west-1' },
  // OpenSearch Ingestion: OpenSearch Compute Unit hours
  { sku: 'aws:osis:ocu', usd: 0.26, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // Elastic on Azure, pay-as-you-go consumption plan
  { sku: 'azure:elastic:ess-consumption-2024', usd: 1.0, unit: PriceUnit.UNIT, region: 'westeurope' },
  { sku: 'azure:elastic:ess-monthly-consumption', usd: 1.0, unit: PriceUnit.UNIT, region: 'westeurope' },
];
