import { IWorkloadConsumer } from './wiring';
import { Rule, rules } from './validation';

/** One feature flag. */
export interface FeatureFlag {
  /** Letters, digits, `_` and `-`, starting with a letter, at most 64 characters. */
  readonly name: string;
  readonly enabled: boolean;
  /** @default - none */
  readonly description?: string;
  /** Operations may switch it off under load (graceful degradation, seed §4.1). @default false */
  readonly degradable?: boolean;
}

/**
 * Neutral props of a feature-flag store: flags operations can switch at run time without a
 * deploy, so that a degradable feature is turned off under load (seed §4.1).
 */
export interface FeatureFlagsProps {
  /** The flags and their initial state. */
  readonly flags: FeatureFlag[];
  /**
   * Alarms that roll a flag deployment back when they fire (AWS: CloudWatch alarm ARNs as AppConfig
   * environment monitors). Azure App Configuration has no deployment monitors: ignored there.
   * @default - none
   */
  readonly rollbackAlarmIds?: string[];
  /**
   * Minutes a flag change takes to reach every client, 0–1440. 0 applies it at once, which is what a
   * switch-off under load needs.
   * @default 0
   */
  readonly deploymentDurationMinutes?: number;
  /** Minutes the monitors are watched after a change, 0–1440 (AWS). @default 10 */
  readonly bakeTimeMinutes?: number;
}

export const FEATURE_FLAGS_DEFAULTS = {
  deploymentDurationMinutes: 0,
  bakeTimeMinutes: 10,
} as const;

/** A flag name both AppConfig and App Configuration accept. */
export const FLAG_NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function duplicates(flags: readonly FeatureFlag[] | undefined): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const f of flags ?? []) {
    const key = String(f.name).toLowerCase();
    if (seen.has(key) && !dup.includes(f.name)) dup.push(f.name);
    seen.add(key);
  }
  return dup;
}

export const FEATURE_FLAGS_RULES: ReadonlyArray<Rule<FeatureFlagsProps>> = [
  {
    code: 'FeatureFlagsEmpty',
    prop: 'flags',
    value: (p) => p.flags,
    failsWhen: (p) => !Array.isArray(p.flags) || p.flags.length === 0,
    allowed: 'at least one flag',
    fix: 'Declare the flags, or leave the blueprint out.',
  },
  {
    code: 'FeatureFlagsNameInvalid',
    prop: 'flags[].name',
    value: (p) => (p.flags ?? []).filter((f) => !FLAG_NAME_RE.test(String(f.name))).map((f) => f.name),
    failsWhen: (p) => (p.flags ?? []).some((f) => !FLAG_NAME_RE.test(String(f.name))),
    allowed: 'letters, digits, "_" and "-", starting with a letter, at most 64 characters',
    fix: 'Rename the flag, e.g. "recommendations" or "new_checkout".',
  },
  {
    code: 'FeatureFlagsDuplicateName',
    prop: 'flags[].name',
    value: (p) => duplicates(p.flags),
    failsWhen: (p) => duplicates(p.flags).length > 0,
    allowed: 'unique (case-insensitive)',
    fix: 'Declare each flag once.',
  },
  rules.intRange<FeatureFlagsProps>('FeatureFlagsDeploymentDurationOutOfRange', 'deploymentDurationMinutes', (p) => p.deploymentDurationMinutes, 0, 1440, 'Use 0 (at once) to 1440 minutes.'),
  rules.intRange<FeatureFlagsProps>('FeatureFlagsBakeTimeOutOfRange', 'bakeTimeMinutes', (p) => p.bakeTimeMinutes, 0, 1440, 'Use 0 to 1440 minutes.'),
];

/** What the stacks get back: where the flags live. */
export interface IFeatureFlags {
  /** AWS: the AppConfig application id. Azure: the App Configuration store id. */
  readonly flagStoreId: string;
  /** AWS: the AppConfig environment id. Azure: the store endpoint. */
  readonly flagEnvironment: string;
  /**
   * The settings an app needs to read the flags with its own identity (docs/wiring.md): AWS
   * `APPCONFIG_APPLICATION_ID`, `APPCONFIG_ENVIRONMENT_ID`, `APPCONFIG_PROFILE_ID`; Azure
   * `APP_CONFIGURATION_ENDPOINT`. @default - none
   */
  readonly flagSettings?: Record<string, string>;
  /**
   * Lets `consumer` read the flags: AWS `appconfig:StartConfigurationSession` and
   * `appconfig:GetLatestConfiguration` on this environment's profile; Azure `App Configuration
   * Data Reader` on the store. Records `app->feature-flags`.
   * @returns the settings the consumer needs to read the flags with that identity
   */
  grantRead?(consumer: IWorkloadConsumer): Record<string, string>;
  /**
   * Alarms that roll a flag deployment back when they fire (AWS: environment monitors). Azure App
   * Configuration has no deployment monitors: there it records the edge with how a change is
   * rolled back. Records `flag-deployment->rollback-alarms`.
   */
  addRollbackAlarms?(alarmIds: string[]): void;
}
