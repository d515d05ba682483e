import { PriceEntry, PriceUnit } from './types';

/**
 * Compute prices. Read 2026-11-01, list prices in USD, on-demand, Linux:
 * - AWS (eu-west-1): the EC2 on-demand pricing page, AWS Fargate pricing, Elastic Load Balancing
 *   pricing (ALB hours and LCU-hours).
 * - Azure (westeurope): the Linux Virtual Machines pricing page (pay as you go), App Service Linux
 *   pricing, Application Gateway pricing (WAF_v2 fixed gateway-hours and capacity-unit hours).
 *
 * Every SKU of the size-tier table (core/size.ts) is here, so any tier can be priced.
 */
export const PRICES_COMPUTE: ReadonlyArray<PriceEntry> = [
  // AWS EC2 (per instance-hour)
  { sku: 'aws:ec2:t3.medium', usd: 0.0456, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:ec2:m7i.large', usd: 0.112, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:ec2:m7i.xlarge', usd: 0.224, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:ec2:m7i.2xlarge', usd: 0.448, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:ec2:m7i.4xlarge', usd: 0.896, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:ec2:m7i.8xlarge', usd: 1.792, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // AWS Fargate (Linux/x86)
  { sku: 'aws:fargate:vcpu-hour', usd: 0.04048, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:fargate:gb-hour', usd: 0.004445, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // AWS Application Load Balancer
  { sku: 'aws:alb:hour', usd: 0.0252, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  { sku: 'aws:alb:lcu-hour', usd: 0.008, unit: PriceUnit.HOUR, region: 'eu-west-1' },
  // Azure VMs (per VM-hour)
  { sku: 'azure:vm:Standard_B2s', usd: 0.0464, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:vm:Standard_D2s_v5', usd: 0.115, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:vm:Standard_D4s_v5', usd: 0.23, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:vm:Standard_D8s_v5', usd: 0.46, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:vm:Standard_D16s_v5', usd: 0.92, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:vm:Standard_D32s_v5', usd: 1.84, unit: PriceUnit.HOUR, region: 'westeurope' },
  // Azure App Service plans, Linux (per instance-hour)
  { sku: 'azure:appservice:B1', usd: 0.018, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:appservice:P0v3', usd: 0.085, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:appservice:P1v3', usd: 0.17, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:appservice:P2v3', usd: 0.34, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:appservice:P3v3', usd: 0.68, unit: PriceUnit.HOUR, region: 'westeurope' },
  // Azure Application Gateway WAF_v2
  { sku: 'azure:appgateway:waf-v2-hour', usd: 0.443, unit: PriceUnit.HOUR, region: 'westeurope' },
  { sku: 'azure:appgateway:waf-v2-capacity-unit-hour', usd: 0.0144, unit: PriceUnit.HOUR, region: 'westeurope' },
];
