import { PriceEntry, PriceUnit } from './types';

/**
 * Data and messaging prices. Read 2026-11-01, list prices in USD, on-demand:
 * - AWS eu-west-1: ElastiCache pricing page (Redis OSS node prices; Valkey nodes are about 20 %
 *   lower, so Valkey estimates err high), Aurora PostgreSQL pricing (Aurora Standard), SQS, SNS
 *   and KMS pricing pages.
 * - Azure West Europe: Azure Managed Redis pricing (prices with high availability; without HA is
 *   half), Azure Database for PostgreSQL Flexible Server pricing (per server: an HA standby is a
 *   second server), Service Bus pricing, Private Link pricing.
 */
export const PRICES_DATA: ReadonlyArray<PriceEntry> = [
  // ElastiCache nodes (per node-hour)
  { sku: 'aws:elasticache:cache.t4g.micro', usd: 0.018, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.t4g.small', usd: 0.036, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.m7g.large', usd: 0.173, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.r7g.large', usd: 0.241, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.r7g.xlarge', usd: 0.482, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.r7g.2xlarge', usd: 0.964, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.r7g.4xlarge', usd: 1.928, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:elasticache:cache.r7g.8xlarge', usd: 3.856, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // Aurora PostgreSQL instances (per instance-hour), storage and I/O
  { sku: 'aws:aurora:db.t4g.medium', usd: 0.09, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:db.r7g.large', usd: 0.319, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:db.r7g.xlarge', usd: 0.638, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:db.r7g.2xlarge', usd: 1.276, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:db.r7g.4xlarge', usd: 2.552, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:db.r7g.8xlarge', usd: 5.104, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:aurora:storage-gb', usd: 0.11, unit: PriceUnit.GIB_MONTH, region: 'eu-west-1' },
  { sku: 'aws:aurora:io-requests', usd: 0.22, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  // Messaging
  { sku: 'aws:sqs:requests', usd: 0.4, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:sns:requests', usd: 0.5, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },

  // Azure Managed Redis (per hour, with HA)
  { sku: 'azure:managed-redis:Balanced_B0', usd: 0.047, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B1', usd: 0.094, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B5', usd: 0.374, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B10', usd: 0.626, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B20', usd: 1.25, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B50', usd: 2.5, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B100', usd: 5.0, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:managed-redis:Balanced_B250', usd: 12.5, unit: PriceUnit.HOUR, region: 'westeurope' },
  // PostgreSQL Flexible Server (per server-hour) and storage
  { sku: 'azure:postgres-flexible:B_Standard_B2s', usd: 0.068, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:GP_Standard_D2ds_v5', usd: 0.178, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:GP_Standard_D4ds_v5', usd: 0.356, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:GP_Standard_D8ds_v5', usd: 0.712, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:GP_Standard_D16ds_v5', usd: 1.424, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:GP_Standard_D32ds_v5', usd: 2.848, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:postgres-flexible:storage-gb', usd: 0.133, unit: PriceUnit.GIB_MONTH, region: 'westeurope' },
  // Service Bus and Private Link
  { sku: 'azure:servicebus:premium-mu', usd: 0.928, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:servicebus:standard-base', usd: 0.0135, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:servicebus:standard-operations', usd: 0.8, unit: PriceUnit.MILLION_REQUESTS, region: 'westeurope' },
  { sku: 'azure:private-endpoint:hour', usd: 0.01, unit: PriceUnit.HOUR, region: 'westeurope' },
];
