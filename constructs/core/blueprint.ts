import { Construct, IConstruct } from 'constructs';
import { Cloud } from './cloud';
import { Rule, ValidationIssue, validateProps } from './validation';

/** How bad it is when a golden signal crosses its threshold. */
export enum Severity {
  CRITICAL = 'critical',
  WARNING = 'warning',
  INFO = 'info',
}

/** How a metric's samples in a period are combined. */
export enum Statistic {
  AVERAGE = 'Average',
  MAXIMUM = 'Maximum',
  MINIMUM = 'Minimum',
  SUM = 'Sum',
  P95 = 'p95',
}

export enum Comparison {
  GREATER_THAN = 'GreaterThan',
  GREATER_THAN_OR_EQUAL = 'GreaterThanOrEqual',
  LESS_THAN = 'LessThan',
  LESS_THAN_OR_EQUAL = 'LessThanOrEqual',
}

/** One metric dimension (`LoadBalancer = app/shop/123`). */
export interface MetricDimension {
  readonly name: string;
  readonly value: string;
}

/**
 * Where a metric lives. On AWS: a CloudWatch namespace, metric name and dimensions. On Azure: the
 * resource id (as a token) and the metric namespace and name of Azure Monitor.
 */
export interface MetricRef {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions?: MetricDimension[];
  /** Azure: the resource the metric is emitted by. */
  readonly resourceId?: string;
}

/**
 * A golden signal a blueprint declares about itself: what "unhealthy" means for it. Monitoring
 * turns each into a CloudWatch alarm or Azure metric alert, routed to the alert channel.
 */
export interface GoldenSignal {
  /** Stable kebab-case name, unique within the blueprint; the key for overrides (`cpu-high`). */
  readonly name: string;
  readonly description: string;
  readonly metric: MetricRef;
  readonly statistic: Statistic;
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly periodSeconds: number;
  /** Periods in breach before the alarm fires. @default 3 */
  readonly evaluationPeriods?: number;
  readonly severity: Severity;
  /**
   * The blueprint delivers this alert itself to the alert channel (a budget's forecast
   * notification): Monitoring lists it but makes no metric alarm for it.
   * @default false
   */
  readonly deliveredByBlueprint?: boolean;
}

/**
 * A priced part of a blueprint, for the cost estimate. `sku` is looked up in the price table; the
 * quantity is given at minimum and maximum capacity.
 */
export interface CostItem {
  /**
   * Price-table key, `<cloud>:<service>:<sku>[:<unit>]`, e.g. `aws:ec2:m7i.large` (per hour) or
   * `azure:servicebus:premium-mu` (per hour). Every key a blueprint emits must be in the price
   * table (`constructs/core/prices/`): a missing key is an error, never $0.
   */
  readonly sku: string;
  /** What is being priced, for the report (`web instances`). */
  readonly description: string;
  /** Quantity per month at minimum capacity, in the price entry's unit (hours: 730 × count). */
  readonly quantityMin: number;
  /** Quantity per month at maximum capacity. */
  readonly quantityMax: number;
  /**
   * Priced by use (requests, GB processed): the estimate shows the unit price labelled
   * "usage-based" instead of a monthly sum. Quantities are ignored.
   * @default false
   */
  readonly usageBased?: boolean;
}

/** Marks constructs that the monitoring and cost layers discover by walking the tree. */
const BLUEPRINT_SYMBOL = Symbol.for('scaling-blueprints.Blueprint');

/**
 * The base of every blueprint. A blueprint validates its props against its rule table, and declares
 * its golden signals and cost items, which Monitoring and the cost estimate pick up on their own: a
 * new blueprint is watched and priced by declaring them, nothing else.
 */
export abstract class Blueprint extends Construct {
  /** True for any Blueprint, across copies of this library. */
  public static isBlueprint(x: unknown): x is Blueprint {
    return typeof x === 'object' && x !== null && BLUEPRINT_SYMBOL in x;
  }

  /** Every blueprint below a scope, in construct-tree order. */
  public static allIn(scope: IConstruct): Blueprint[] {
    return scope.node.findAll().filter(Blueprint.isBlueprint);
  }

  /** The cloud this blueprint builds on. */
  public abstract readonly cloud: Cloud;
  /** The blueprint noun, the same on both clouds (`Cache`, `ScalingGroup`). */
  public abstract readonly blueprintKind: string;

  private readonly _signals: GoldenSignal[] = [];
  private readonly _costItems: CostItem[] = [];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.defineProperty(this, BLUEPRINT_SYMBOL, { value: true });
  }

  /** The golden signals declared so far. */
  public get goldenSignals(): GoldenSignal[] {
    return [...this._signals];
  }

  /** The cost items declared so far. */
  public get costItems(): CostItem[] {
    return [...this._costItems];
  }

  /** Declares a golden signal. Names are unique within a blueprint. */
  public addGoldenSignal(signal: GoldenSignal): void {
    if (this._signals.some((s) => s.name === signal.name)) {
      throw new Error(`${this.node.path} already declares a golden signal named '${signal.name}'.`);
    }
    this._signals.push(signal);
  }

  /** Declares a priced part. */
  public addCostItem(item: CostItem): void {
    this._costItems.push(item);
  }

  /** Validates props against a rule table, throwing every failure at once. */
  protected validate<P>(className: string, table: ReadonlyArray<Rule<P>>, props: P, extra: ValidationIssue[] = []): void {
    validateProps(this, className, table, props, extra);
  }
}
