import { PriceEntry, PriceUnit } from './types';

/**
 * Serverless and resilience prices, list prices in USD as of 2026-11-01, from the public pricing
 * pages of AWS Lambda, API Gateway, EventBridge Scheduler, KMS, WAF, CloudFront, AppConfig and S3
 * (eu-west-1) and of Azure Functions (Flex Consumption), Front Door, App Configuration, Storage and
 * Application Insights (westeurope). Free tiers are not subtracted. Usage-priced entries (requests,
 * GB-seconds, GB) are shown per unit in the estimate.
 */
export const PRICES_SERVERLESS: ReadonlyArray<PriceEntry> = [
  // AWS
  { sku: 'aws:lambda:requests', usd: 0.2, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:lambda:gb-second-arm', usd: 0.0000133334, unit: PriceUnit.UNIT, region: 'eu-west-1' },
  { sku: 'aws:lambda:gb-second-x86', usd: 0.0000166667, unit: PriceUnit.UNIT, region: 'eu-west-1' },
  { sku: 'aws:apigateway:http-requests', usd: 1.11, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:scheduler:invocations', usd: 1.0, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:waf:web-acl', usd: 5.0, unit: PriceUnit.MONTH, region: 'eu-west-1' },
  { sku: 'aws:waf:rule', usd: 1.0, unit: PriceUnit.MONTH, region: 'eu-west-1' },
  { sku: 'aws:waf:requests', usd: 0.6, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:cloudwatch-logs:ingest', usd: 0.57, unit: PriceUnit.GIB, region: 'eu-west-1' },
  { sku: 'aws:cloudfront:requests', usd: 1.2, unit: PriceUnit.MILLION_REQUESTS, region: 'europe' },
  { sku: 'aws:cloudfront:data-out', usd: 0.085, unit: PriceUnit.GIB, region: 'europe' },
  { sku: 'aws:s3:standard-storage', usd: 0.023, unit: PriceUnit.GIB_MONTH, region: 'eu-west-1' },
  { sku: 'aws:appconfig:requests', usd: 0.2, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:appconfig:configurations-received', usd: 0.0008, unit: PriceUnit.UNIT, region: 'eu-west-1' },
  // Azure
  { sku: 'azure:functions-flex:executions', usd: 0.4, unit: PriceUnit.MILLION_REQUESTS, region: 'westeurope' },
  { sku: 'azure:functions-flex:gb-second', usd: 0.000026, unit: PriceUnit.UNIT, region: 'westeurope' },
  { sku: 'azure:storage:zrs-hot', usd: 0.026, unit: PriceUnit.GIB_MONTH, region: 'westeurope' },
  { sku: 'azure:app-insights:ingest', usd: 2.99, unit: PriceUnit.GIB, region: 'westeurope' },
  { sku: 'azure:frontdoor:standard', usd: 35.0, unit: PriceUnit.MONTH, region: 'global' },
  { sku: 'azure:frontdoor:premium', usd: 330.0, unit: PriceUnit.MONTH, region: 'global' },
  { sku: 'azure:frontdoor:requests', usd: 0.9, unit: PriceUnit.MILLION_REQUESTS, region: 'zone-1' },
  { sku: 'azure:frontdoor:data-out', usd: 0.083, unit: PriceUnit.GIB, region: 'zone-1' },
  { sku: 'azure:waf:frontdoor-standard-policy', usd: 5.0, unit: PriceUnit.MONTH, region: 'global' },
  { sku: 'azure:waf:frontdoor-standard-rule', usd: 1.0, unit: PriceUnit.MONTH, region: 'global' },
  { sku: 'azure:appconfig:standard', usd: 36.0, unit: PriceUnit.MONTH, region: 'westeurope' },
];
