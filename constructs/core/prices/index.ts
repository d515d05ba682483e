/**
 * The price table: dated list prices (USD) for every SKU the blueprints emit. Each area keeps its
 * entries in its own file here, with the date, region and source at its top; this index merges
 * them. The cost estimate fails on a key that is not here, naming it, rather than pricing it at $0.
 */

/** The unit a price is quoted in; a CostItem's quantities are in the same unit, per month. */
export enum PriceUnit {
  HOUR = 'hour',
  MONTH = 'month',
  GIB_MONTH = 'GiB-month',
  MILLION_REQUESTS = 'million-requests',
  GIB = 'GiB',
  REQUEST = 'request',
  UNIT = 'unit',
}

export interface PriceEntry {
  /** `<cloud>:<service>:<sku>[:<unit>]`, as in CostItem.sku. */
  readonly sku: string;
  readonly usd: number;
  readonly unit: PriceUnit;
  /** Region the price was read for (`eu-west-1`, `westeurope`). */
  readonly region: string;
}

/** Per-area tables are merged here: add `...PRICES_<AREA>` below. */
import { PRICES_NETWORK } from './network';

export const PRICE_TABLE: ReadonlyArray<PriceEntry> = [
  ...PRICES_NETWORK,
  // compute

  // data and messaging

  // serverless and resilience

  // observability and cost

];
