/**
 * LogSearch: centralized log search, the roadmap's ELK path (seed §2) as an optional sink of
 * Monitoring. Logs are stored and indexed in a search cluster (Amazon OpenSearch Service on AWS,
 * Elastic on Azure), kept for a number of days by an index lifecycle policy, and searched in
 * OpenSearch Dashboards / Kibana.
 */
import { Rule, rules } from './validation';

/** Neutral props: the same on both clouds. */
export interface LogSearchProps {
  /**
   * Data nodes, 1–80. With more than one zone, a multiple of `zoneCount` so every zone holds the
   * same share of the shards.
   * @default 3
   */
  readonly instanceCount?: number;
  /**
   * Storage per data node in GiB, at least 10 (the provider minimum). On AWS the instance type
   * sets the maximum (1024 GiB for r7g.large.search).
   * @default 100
   */
  readonly storageGiB?: number;
  /**
   * Days an index is kept before the lifecycle policy deletes it, 1–3653.
   * @default 30
   */
  readonly retentionDays?: number;
  /**
   * Zones the data nodes spread across, 1–3. Above 1, zone awareness places each replica in
   * another zone; 1 saves nothing on instances but loses the cluster in a zone outage.
   * @default - the network's zone count (3)
   */
  readonly zoneCount?: number;
  /**
   * Three dedicated master nodes keep cluster management off the data nodes: recommended for
   * production clusters above a few nodes. Costs 3 more instances (about $330/month on AWS).
   * @default false
   */
  readonly dedicatedMastersEnabled?: boolean;
  /**
   * Feed every log source the stack defines, found when the stack is synthesized (so sources made
   * after LogSearch count too): on AWS every CloudWatch log group, on Azure every resource that
   * has a diagnostic setting. LogSearch's own logs are never fed back into it.
   * @default true
   */
  readonly discoverLogSourcesEnabled?: boolean;
}

export const LOG_SEARCH_DEFAULTS = {
  instanceCount: 3,
  storageGiB: 100,
  retentionDays: 30,
  zoneCount: 3,
  dedicatedMastersEnabled: false,
  discoverLogSourcesEnabled: true,
  /** Dedicated master nodes, when enabled: three, so that a quorum survives one loss. */
  dedicatedMasterCount: 3,
  /** Index name prefix; daily indices are `<prefix>-YYYY-MM-DD`. */
  indexPrefix: 'logs',
} as const;

/** The smallest volume the providers accept per node (AWS EBS gp3 on OpenSearch). */
export const LOG_SEARCH_MIN_STORAGE_GIB = 10;

export const LOG_SEARCH_RULES: ReadonlyArray<Rule<LogSearchProps>> = [
  rules.intRange<LogSearchProps>('LogSearchInstanceCountOutOfRange', 'instanceCount', (p) => p.instanceCount, 1, 80, 'Use 1 to 80 data nodes; 3 spreads one per zone.'),
  rules.intRange<LogSearchProps>('LogSearchZoneCountOutOfRange', 'zoneCount', (p) => p.zoneCount, 1, 3, 'Spread across 1 to 3 zones; 3 is the highly available default.'),
  {
    code: 'LogSearchInstanceCountNotMultipleOfZones',
    prop: 'instanceCount',
    value: (p) => p.instanceCount ?? LOG_SEARCH_DEFAULTS.instanceCount,
    failsWhen: (p) => {
      const n = p.instanceCount ?? LOG_SEARCH_DEFAULTS.instanceCount;
      const z = p.zoneCount ?? LOG_SEARCH_DEFAULTS.zoneCount;
      return Number.isInteger(n) && Number.isInteger(z) && z > 1 && n % z !== 0;
    },
    allowed: (p) => `a multiple of zoneCount (${p.zoneCount ?? LOG_SEARCH_DEFAULTS.zoneCount}) when zone awareness is on`,
    fix: (p) => {
      const z = p.zoneCount ?? LOG_SEARCH_DEFAULTS.zoneCount;
      const n = p.instanceCount ?? LOG_SEARCH_DEFAULTS.instanceCount;
      return `Use ${Math.max(z, Math.ceil(n / z) * z)} data nodes, or change zoneCount.`;
    },
  },
  {
    code: 'LogSearchStorageBelowMinimum',
    prop: 'storageGiB',
    value: (p) => p.storageGiB,
    failsWhen: (p) => p.storageGiB !== undefined && (typeof p.storageGiB !== 'number' || !Number.isInteger(p.storageGiB) || p.storageGiB < LOG_SEARCH_MIN_STORAGE_GIB),
    allowed: `a whole number of GiB, at least ${LOG_SEARCH_MIN_STORAGE_GIB} (the provider minimum)`,
    fix: `Give each node at least ${LOG_SEARCH_MIN_STORAGE_GIB} GiB; size it as daily log volume × retention days × 2 (one replica) × 1.25 headroom ÷ nodes.`,
  },
  rules.intRange<LogSearchProps>('LogSearchRetentionOutOfRange', 'retentionDays', (p) => p.retentionDays, 1, 3653, 'Keep indices for 1 to 3653 days.'),
];

/**
 * What LogSearch hands to the stack and to Monitoring, whatever the cloud.
 */
export interface ILogSearch {
  /** The search endpoint (AWS: the domain's VPC endpoint host; Azure: the Elasticsearch URL). */
  readonly logSearchEndpoint: string;
  /** Where people search and build dashboards (OpenSearch Dashboards / Kibana). */
  readonly dashboardsUrl: string;
  /**
   * The index lifecycle policy as JSON (AWS: an ISM policy; Azure: an ILM policy). Neither
   * provider can apply it, so the stack outputs it for the one-time bootstrap (docs/logsearch.md).
   */
  readonly retentionPolicyJson: string;
  /**
   * Feeds one more log source into the search cluster. AWS: a CloudWatch log group name (adds a
   * subscription filter). Azure: a resource id (adds a diagnostic setting with the Elastic
   * partner destination).
   */
  addLogSource(id: string, source: string): void;
}

/** The resolved settings both clouds derive from the neutral props. */
export interface LogSearchSettings {
  readonly instanceCount: number;
  readonly storageGiB: number;
  readonly retentionDays: number;
  readonly zoneCount: number;
  readonly zoneAwarenessEnabled: boolean;
  readonly dedicatedMastersEnabled: boolean;
  readonly discoverLogSourcesEnabled: boolean;
}

/** Resolves the neutral props against the defaults (and a network's zone count). */
export function logSearchSettings(props: LogSearchProps, networkZoneCount?: number): LogSearchSettings {
  const zoneCount = props.zoneCount ?? networkZoneCount ?? LOG_SEARCH_DEFAULTS.zoneCount;
  return {
    instanceCount: props.instanceCount ?? LOG_SEARCH_DEFAULTS.instanceCount,
    storageGiB: props.storageGiB ?? LOG_SEARCH_DEFAULTS.storageGiB,
    retentionDays: props.retentionDays ?? LOG_SEARCH_DEFAULTS.retentionDays,
    zoneCount,
    zoneAwarenessEnabled: zoneCount > 1,
    dedicatedMastersEnabled: props.dedicatedMastersEnabled ?? LOG_SEARCH_DEFAULTS.dedicatedMastersEnabled,
    discoverLogSourcesEnabled: props.discoverLogSourcesEnabled ?? LOG_SEARCH_DEFAULTS.discoverLogSourcesEnabled,
  };
}

/**
 * The structured JSON log fields every service should write (Serilog / NLog JSON layouts), so
 * that one search or dashboard works across services. Documented in docs/logsearch.md.
 */
export const LOG_FIELDS = ['@timestamp', 'level', 'message', 'messageTemplate', 'service', 'environment', 'version', 'host', 'trace_id', 'span_id', 'correlation_id', 'http.method', 'http.path', 'http.status_code', 'duration_ms', 'user_id', 'exception'] as const;
