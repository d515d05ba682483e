/** Types of the price table. */
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

