/**
 * The price table: dated list prices (USD) for every SKU the blueprints emit. Each area keeps its
 * entries in its own file here, with the date, region and source at its top; this index merges
 * them. The cost estimate fails on a key that is not here, naming it, rather than pricing it at $0.
 */

import { PriceEntry } from './types';

export * from './types';

/** Per-area tables are merged here: add `...PRICES_<AREA>` below. */
import { PRICES_NETWORK } from './network';
import { PRICES_LOGSEARCH } from './logsearch';
import { PRICES_OBSERVABILITY } from './observability';
import { PRICES_DATA } from './data';
import { PRICES_SERVERLESS } from './serverless';
import { PRICES_COMPUTE } from './compute';

export const PRICE_TABLE: ReadonlyArray<PriceEntry> = [
  ...PRICES_NETWORK,
  // compute
  ...PRICES_COMPUTE,

  // data and messaging
  ...PRICES_DATA,

  // serverless and resilience
  ...PRICES_SERVERLESS,

  // observability and cost
  ...PRICES_LOGSEARCH,
  ...PRICES_OBSERVABILITY,

];
