import { ThrottlingScope } from './refs';
import { Rule, rules } from './validation';

export { ThrottlingScope } from './refs';

/**
 * Neutral props of a web application firewall that throttles clients (seed §4.2): a rate limit
 * per client IP, managed rules against common attacks, and logs of what it blocked.
 */
export interface ThrottlingProps {
  /**
   * Where it is enforced: in front of a regional load balancer/API, or at the edge cache.
   * @default ThrottlingScope.REGIONAL
   */
  readonly scope?: ThrottlingScope;
  /**
   * Requests one client IP may make per window before it is blocked, 10–2,000,000,000 (AWS WAF's
   * minimum is 10 per window). The seed's example: 100 per minute.
   * @default 100
   */
  readonly requestsPerWindow?: number;
  /**
   * The evaluation window, 60 or 300 seconds: the windows both clouds offer (AWS WAF also takes
   * 120 and 600; Azure WAF only one and five minutes).
   * @default 60
   */
  readonly windowSeconds?: number;
  /**
   * The clouds' managed rule sets (AWS Common + KnownBadInputs; Azure OWASP/DRS). Opting out saves
   * about $2/month per rule group on AWS and lets you run Azure Front Door Standard, but drops the
   * protection against the OWASP top ten.
   * @default true
   */
  readonly managedRulesEnabled?: boolean;
  /**
   * Block offending requests (Prevention). `false` only counts and logs them (Detection), for a
   * first rollout.
   * @default true
   */
  readonly blockEnabled?: boolean;
  /** Days WAF logs are kept, 1–3653. @default 30 */
  readonly logRetentionDays?: number;
}

export const THROTTLING_DEFAULTS = {
  scope: ThrottlingScope.REGIONAL,
  requestsPerWindow: 100,
  windowSeconds: 60,
  managedRulesEnabled: true,
  blockEnabled: true,
  logRetentionDays: 30,
} as const;

/** AWS WAF rate-based rules accept a limit from 10 (since 2024) to 2e9 per window. */
export const THROTTLING_MIN_REQUESTS = 10;
export const THROTTLING_MAX_REQUESTS = 2_000_000_000;
/** Windows both clouds support: AWS takes 60/120/300/600, Azure 1 or 5 minutes. */
export const THROTTLING_WINDOWS_SECONDS = [60, 300] as const;

export const THROTTLING_RULES: ReadonlyArray<Rule<ThrottlingProps>> = [
  rules.oneOf<ThrottlingProps, string>('ThrottlingScopeInvalid', 'scope', (p) => p.scope, Object.values(ThrottlingScope), 'Use regional (load balancer/API) or edge (edge cache).'),
  {
    code: 'ThrottlingRequestsBelowMinimum',
    prop: 'requestsPerWindow',
    value: (p) => p.requestsPerWindow,
    failsWhen: (p) => p.requestsPerWindow !== undefined && !(p.requestsPerWindow >= THROTTLING_MIN_REQUESTS),
    allowed: `at least ${THROTTLING_MIN_REQUESTS} (the AWS WAF minimum per window)`,
    fix: 'Raise the limit, or lengthen the window so that the same rate is at least 10 per window.',
  },
  {
    code: 'ThrottlingRequestsOutOfRange',
    prop: 'requestsPerWindow',
    value: (p) => p.requestsPerWindow,
    failsWhen: (p) => p.requestsPerWindow !== undefined && (!Number.isInteger(p.requestsPerWindow) || p.requestsPerWindow > THROTTLING_MAX_REQUESTS),
    allowed: `a whole number up to ${THROTTLING_MAX_REQUESTS}`,
    fix: 'Use a whole number of requests.',
  },
  rules.oneOf<ThrottlingProps, number>('ThrottlingWindowNotAllowed', 'windowSeconds', (p) => p.windowSeconds, THROTTLING_WINDOWS_SECONDS, 'Azure WAF counts per 1 or 5 minutes: use 60 or 300 seconds.'),
  rules.intRange<ThrottlingProps>('ThrottlingLogRetentionOutOfRange', 'logRetentionDays', (p) => p.logRetentionDays, 1, 3653, 'Keep WAF logs for 1 to 3653 days.'),
];
