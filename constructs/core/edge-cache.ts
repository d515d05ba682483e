import { ILoadBalancer } from './load-balancer';
import { IThrottling, ThrottlingScope } from './refs';
import { Rule, rules } from './validation';

/**
 * Neutral props of an edge cache (seed §7.2) in front of an HTTP origin, with a static fallback
 * origin holding a "degraded mode" page for when the origin fails (circuit breaking, seed §4.5).
 */
export interface EdgeCacheProps {
  /** Host name of the primary origin (load balancer DNS name, web app host name). */
  readonly originHostname: string;
  /**
   * The load balancer behind the edge (the same kit's). With it the edge speaks the protocol and
   * port its listener serves, and, when the load balancer is not public (`publicAccessEnabled:
   * false`), reaches it privately and opens it to itself only: AWS through a CloudFront VPC origin
   * and the origin-facing prefix list; Azure through the `AzureFrontDoor.Backend` service tag and a
   * gateway WAF rule on this profile's `X-Azure-FDID`. The edge -> origin edge is recorded for the
   * wiring check.
   * @default - an HTTPS origin at originHostname, reached over the internet
   */
  readonly origin?: ILoadBalancer;
  /** Path the origin answers health probes on (Azure Front Door probes). @default '/healthz' */
  readonly healthProbePath?: string;
  /** An edge-scoped WAF to attach (`Throttling` with scope `edge`). @default - none */
  readonly throttling?: IThrottling;
  /** Seconds a response without cache headers is cached, 0–31536000. @default 300 */
  readonly defaultTtlSeconds?: number;
  /**
   * Paths never cached and sent to the origin with every method (APIs, checkout). The cached
   * default behaviour fails over to the fallback origin; these paths do not.
   * @default ['/api/*']
   */
  readonly dynamicPathPatterns?: string[];
  /** Serve a static degraded-mode page when the origin fails. @default true */
  readonly fallbackEnabled?: boolean;
  /** Path of the degraded-mode page. @default '/degraded.html' */
  readonly fallbackPath?: string;
  /** Compress text responses at the edge. @default true */
  readonly compressionEnabled?: boolean;
  /** Days access logs are kept, 1–3653. @default 90 */
  readonly logRetentionDays?: number;
}

export const EDGE_CACHE_DEFAULTS = {
  healthProbePath: '/healthz',
  defaultTtlSeconds: 300,
  dynamicPathPatterns: ['/api/*'] as readonly string[],
  fallbackEnabled: true,
  fallbackPath: '/degraded.html',
  compressionEnabled: true,
  logRetentionDays: 90,
} as const;

/** Origin status codes that make the edge fail over to the fallback: unreachable or overloaded, not application errors (500). */
export const EDGE_FAILOVER_STATUS_CODES = [502, 503, 504] as const;

const HOST_RE = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export const EDGE_CACHE_RULES: ReadonlyArray<Rule<EdgeCacheProps>> = [
  {
    code: 'EdgeCacheOriginInvalid',
    prop: 'originHostname',
    value: (p) => p.originHostname,
    failsWhen: (p) => typeof p.originHostname !== 'string' || !HOST_RE.test(p.originHostname),
    allowed: 'a DNS host name without scheme or path, e.g. "shop-alb-123.eu-west-1.elb.amazonaws.com"',
    fix: 'Pass the load balancer or web app host name.',
  },
  rules.intRange<EdgeCacheProps>('EdgeCacheDefaultTtlOutOfRange', 'defaultTtlSeconds', (p) => p.defaultTtlSeconds, 0, 31536000, 'Use 0 to 31536000 seconds (one year).'),
  rules.pattern<EdgeCacheProps>('EdgeCacheFallbackPathMalformed', 'fallbackPath', (p) => p.fallbackPath, /^\/[A-Za-z0-9._~\/-]*\.html?$/, 'an absolute path to an HTML page, e.g. "/degraded.html"', 'Start it with "/" and end it with ".html".'),
  rules.pattern<EdgeCacheProps>('EdgeCacheHealthProbePathMalformed', 'healthProbePath', (p) => p.healthProbePath, /^\/[^\s]*$/, 'an absolute path, e.g. "/healthz"', 'Start it with "/".'),
  {
    code: 'EdgeCacheDynamicPathMalformed',
    prop: 'dynamicPathPatterns',
    value: (p) => p.dynamicPathPatterns,
    failsWhen: (p) => p.dynamicPathPatterns !== undefined && p.dynamicPathPatterns.some((x) => typeof x !== 'string' || !x.startsWith('/')),
    allowed: 'path patterns starting with "/", e.g. "/api/*"',
    fix: 'Start every pattern with "/".',
  },
  {
    code: 'EdgeCacheThrottlingNotEdge',
    prop: 'throttling.scope',
    value: (p) => p.throttling?.scope,
    failsWhen: (p) => p.throttling !== undefined && p.throttling.scope !== ThrottlingScope.EDGE,
    allowed: '"edge"',
    fix: 'Create the Throttling with scope edge for an edge cache; regional WAFs attach to load balancers.',
  },
  rules.intRange<EdgeCacheProps>('EdgeCacheLogRetentionOutOfRange', 'logRetentionDays', (p) => p.logRetentionDays, 1, 3653, 'Keep logs for 1 to 3653 days.'),
];

/** The degraded-mode page: small, self-contained, byte-identical across runs. */
export function degradedPage(title = 'We will be right back'): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    '<meta http-equiv="refresh" content="30">',
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style>',
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    '<p>The shop is running in a reduced mode while we recover. Your basket is safe; please try again in a minute.</p>',
    '<p>This page reloads by itself every 30 seconds.</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** What stacks get back from an edge cache. */
export interface IEdgeCache {
  /** The public host name of the edge (`d123.cloudfront.net`, `shop-xyz.azurefd.net`). */
  readonly endpointHostname: string;
}
