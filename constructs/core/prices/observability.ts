import { PriceEntry, PriceUnit } from './types';

/**
 * Observability and cost prices. Read 2026-11-01, list prices in USD, from the Amazon CloudWatch,
 * AWS KMS, Amazon SNS, AWS X-Ray, Amazon Managed Service for Prometheus, Amazon Managed Grafana
 * and AWS Budgets pricing pages (eu-west-1), and the Azure Monitor (Log Analytics, Application
 * Insights, alerts, action groups, managed Prometheus) and Cost Management pricing pages
 * (West Europe).
 */
export const PRICES_OBSERVABILITY: ReadonlyArray<PriceEntry> = [
  // AWS
  { sku: 'aws:cloudwatch:alarm', usd: 0.1, unit: PriceUnit.MONTH, region: 'eu-west-1' },
  { sku: 'aws:cloudwatch:dashboard', usd: 3.0, unit: PriceUnit.MONTH, region: 'eu-west-1' },
  { sku: 'aws:cloudwatch:logs-ingest', usd: 0.57, unit: PriceUnit.GIB, region: 'eu-west-1' },
  { sku: 'aws:cloudwatch:logs-storage', usd: 0.03, unit: PriceUnit.GIB_MONTH, region: 'eu-west-1' },
  { sku: 'aws:kms:key', usd: 1.0, unit: PriceUnit.MONTH, region: 'eu-west-1' },
  { sku: 'aws:sns:email', usd: 0.00002, unit: PriceUnit.REQUEST, region: 'eu-west-1' },
  { sku: 'aws:sns:https', usd: 0.6, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:xray:traces-recorded', usd: 5.0, unit: PriceUnit.MILLION_REQUESTS, region: 'eu-west-1' },
  { sku: 'aws:amp:samples-ingested', usd: 0.9, unit: PriceUnit.UNIT, region: 'eu-west-1' }, // per 10 million samples
  { sku: 'aws:grafana:editor', usd: 9.0, unit: PriceUnit.MONTH, region: 'eu-west-1' }, // per active editor
  { sku: 'aws:budgets:budget', usd: 0, unit: PriceUnit.MONTH, region: 'eu-west-1' }, // notification-only budgets are free
  { sku: 'aws:ce:anomaly-monitor', usd: 0, unit: PriceUnit.MONTH, region: 'eu-west-1' }, // free
  // Azure
  { sku: 'azure:monitor:metric-alert', usd: 0.1, unit: PriceUnit.MONTH, region: 'westeurope' }, // per monitored time series
  { sku: 'azure:monitor:log-analytics-ingest', usd: 2.99, unit: PriceUnit.GIB, region: 'westeurope' }, // analytics logs, pay-as-you-go
  { sku: 'azure:monitor:log-analytics-retention', usd: 0.12, unit: PriceUnit.GIB_MONTH, region: 'westeurope' }, // beyond 31 days
  { sku: 'azure:monitor:action-group-email', usd: 0.00002, unit: PriceUnit.REQUEST, region: 'westeurope' }, // $2 per 100,000 after 1,000 free
  { sku: 'azure:monitor:action-group-webhook', usd: 0.6, unit: PriceUnit.MILLION_REQUESTS, region: 'westeurope' },
  { sku: 'azure:monitor:prometheus-samples', usd: 0.16, unit: PriceUnit.UNIT, region: 'westeurope' }, // per 10 million samples
  { sku: 'azure:portal:dashboard', usd: 0, unit: PriceUnit.MONTH, region: 'westeurope' }, // shared dashboards are free
  { sku: 'azure:cost-management:budget', usd: 0, unit: PriceUnit.MONTH, region: 'westeurope' }, // free
];
