/** AWS rules. Argument names follow the AWS provider 6.x schema. */
import { SynthResource, SynthStack, isToken } from '../review/model';
import { Compliance, PolicyCategory, PolicySeverity, PolicyRule, ResourceRule, StackRule, Verdict } from './engine';
import { all, atLeast, bad, blocks, get, listAtLeast, mustBeTrue, notFalse, notTrue, oneOf, present, unguarded } from './helpers';

const S = PolicyCategory.SECURITY;
const R = PolicyCategory.RELIABILITY;
const C = PolicyCategory.COST;
const E = PolicySeverity.ERROR;
const W = PolicySeverity.WARNING;

/** ALB/NLB security policies that allow TLS 1.2 and newer only. */
export const AWS_TLS12_POLICY = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2|TLS13-1-2-Res)/;
/** CloudFront minimum protocol versions at TLS 1.2 or newer. */
const CLOUDFRONT_TLS12 = ['TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.3_2025'];

const POLICY_TYPES = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role'];

/** Statements that allow every action on every resource, in a JSON policy or a jsonencode() token. */
export function adminStatements(policy: unknown): string[] {
  if (typeof policy !== 'string') return [];
  if (!isToken(policy)) {
    try {
      const doc = JSON.parse(policy);
      const stmts = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      return stmts
        .filter((s: any) => s && s.Effect === 'Allow')
        .filter((s: any) => [s.Action].flat().some((a: unknown) => a === '*' || a === '*:*'))
        .filter((s: any) => [s.Resource].flat().some((x: unknown) => x === '*'))
        .map((s: any) => String(s.Sid ?? 'statement'));
    } catch {
      return [];
    }
  }
  // jsonencode({"Action" = "*", ...}): match on the text.
  return /"Action"\s*[=:]\s*\[?\s*"\*(:\*)?"/.test(policy) && /"Resource"\s*[=:]\s*\[?\s*"\*"/.test(policy) ? ['jsonencode statement'] : [];
}

function iamPolicies(r: SynthResource): unknown[] {
  if (r.type === 'aws_iam_role') return blocks(r.config.inline_policy).map((p) => p.policy);
  return [r.config.policy];
}

/** The containers of an ECS task definition (`container_definitions` is a JSON string). */
function containers(r: SynthResource): Array<Record<string, unknown>> | undefined {
  const raw = r.config.container_definitions;
  if (typeof raw !== 'string' || isToken(raw)) return undefined;
  try {
    const list = JSON.parse(raw);
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

function containerCheck(r: SynthResource, offends: (c: Record<string, unknown>) => boolean, what: string): Verdict {
  const list = containers(r);
  if (!list) return Compliance.NOT_APPLICABLE;
  const bad = list.filter(offends).map((c) => String(c.name ?? '?'));
  return bad.length === 0 ? Compliance.COMPLIANT : { compliance: Compliance.NON_COMPLIANT, detail: `${what}: ${bad.join(', ')}` };
}

/** Keys under which a resource names a dead-letter target or failure destination. */
const DLQ_KEYS = new Set(['redrive_policy', 'redrive_allow_policy', 'dead_letter_config', 'destination_config']);

/** The JSON of every subtree stored under a DLQ key, anywhere in the stack. */
function dlqTexts(stack: SynthStack): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (DLQ_KEYS.has(key)) out.push(JSON.stringify(v));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const r of stack.resources) {
    if (r.type === 'aws_sqs_queue_redrive_policy' || r.type === 'aws_sqs_queue_redrive_allow_policy') out.push(JSON.stringify(r.config));
    else walk(r.config, '');
  }
  return out;
}

/** Queues without a dead-letter queue that are not themselves a dead-letter target. */
function queuesWithoutDlq(stack: SynthStack): Array<{ address: string; path: string; detail: string }> {
  const texts = dlqTexts(stack);
  return stack.resources
    .filter((r) => r.type === 'aws_sqs_queue' && r.mode === 'resource')
    .filter((r) => r.config.redrive_policy === undefined && r.config.redrive_allow_policy === undefined)
    .filter((r) => !texts.some((t) => t.includes(`aws_sqs_queue.${r.logicalId}.`)))
    .map((r) => ({ address: r.address, path: r.path, detail: 'no redrive_policy, and no resource uses it as a dead-letter target' }));
}

/** Types that invoke a function asynchronously (failures need a destination) or synchronously. */
const ASYNC_INVOKERS = ['aws_scheduler_schedule', 'aws_cloudwatch_event_target', 'aws_sns_topic_subscription', 'aws_s3_bucket_notification'];
const POLL_INVOKERS = ['aws_lambda_event_source_mapping'];

/** Functions invoked asynchronously that keep no failed events. */
function functionsWithoutDlq(stack: SynthStack): Array<{ address: string; path: string; detail: string }> {
  const refs = (type: string, fn: SynthResource) => stack.resources.filter((r) => r.type === type && JSON.stringify(r.config).includes(`aws_lambda_function.${fn.logicalId}.`));
  return stack.resources
    .filter((r) => r.type === 'aws_lambda_function' && r.mode === 'resource')
    .filter((fn) => get(fn.config, 'dead_letter_config.target_arn') === undefined)
    .filter((fn) => !refs('aws_lambda_function_event_invoke_config', fn).some((c) => get(c.config, 'destination_config.on_failure.destination') !== undefined))
    .filter((fn) => !POLL_INVOKERS.some((t) => refs(t, fn).length > 0))
    .filter((fn) => ASYNC_INVOKERS.some((t) => refs(t, fn).length > 0))
    .map((fn) => ({ address: fn.address, path: fn.path, detail: 'invoked asynchronously without dead_letter_config or an on_failure destination' }));
}

function allEbsEncrypted(r: SynthResource): Verdict {
  const ebs = blocks(r.config.block_device_mappings).flatMap((m) => blocks(m.ebs));
  if (ebs.length === 0) return Compliance.NOT_APPLICABLE;
  const plain = ebs.filter((e) => e.encrypted !== true && e.encrypted !== 'true' && !isToken(e.encrypted));
  return plain.length === 0 ? Compliance.COMPLIANT : bad('block_device_mappings.ebs.encrypted', plain[0].encrypted);
}

function httpListener(r: SynthResource): Verdict {
  const protocol = r.config.protocol;
  if (protocol !== 'HTTP') return Compliance.NOT_APPLICABLE;
  const actions = blocks(r.config.default_action);
  const ok = actions.length > 0 && actions.every((a) => a.type === 'redirect' && get(a, 'redirect.protocol') === 'HTTPS');
  return ok ? Compliance.COMPLIANT : bad('default_action.type', actions[0]?.type);
}

function httpsListener(r: SynthResource): Verdict {
  if (r.config.protocol !== 'HTTPS' && r.config.protocol !== 'TLS') return Compliance.NOT_APPLICABLE;
  const p = r.config.ssl_policy;
  return isToken(p) || (typeof p === 'string' && AWS_TLS12_POLICY.test(p)) ? Compliance.COMPLIANT : bad('ssl_policy', p);
}

function openAdminPorts(rules: Array<Record<string, unknown>>): boolean {
  return rules.some((g) => {
    const cidrs = [...[g.cidr_blocks].flat(), ...[g.ipv6_cidr_blocks].flat(), g.cidr_ipv4, g.cidr_ipv6];
    if (!cidrs.some((c) => c === '0.0.0.0/0' || c === '::/0')) return false;
    const from = Number(g.from_port ?? 0);
    const to = Number(g.to_port ?? 65535);
    if (g.protocol === '-1' || g.ip_protocol === '-1') return true;
    return [22, 3389].some((p) => from <= p && p <= to);
  });
}

function containerInsights(r: SynthResource): Verdict {
  const s = blocks(r.config.setting).find((x) => x.name === 'containerInsights');
  return s && (s.value === 'enabled' || s.value === 'enhanced' || isToken(s.value)) ? Compliance.COMPLIANT : bad('setting.containerInsights', s?.value);
}

const RESOURCE_RULES: ResourceRule[] = [
  // ── compute ─────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AWS-EC2-1', severity: E, category: S, cloud: 'aws', types: ['aws_launch_template'],
    title: 'Launch templates require IMDSv2', explanation: 'IMDSv1 answers unauthenticated GETs, so an SSRF bug in the app leaks the instance role credentials.',
    fix: 'Set metadata_options { http_tokens = "required" } (the ScalingGroup blueprint does).', check: (r) => oneOf(r, 'metadata_options.http_tokens', ['required']),
  },
  {
    kind: 'resource', id: 'BP-AWS-EC2-2', severity: E, category: S, cloud: 'aws', types: ['aws_launch_template'],
    title: 'Launch template EBS volumes are encrypted', explanation: 'Unencrypted volumes and their snapshots expose data at rest.',
    fix: 'Set encrypted = true (and a kms_key_id) on every block_device_mappings.ebs.', check: allEbsEncrypted,
  },
  {
    kind: 'resource', id: 'BP-AWS-EC2-3', severity: W, category: S, cloud: 'aws', types: ['aws_launch_template'],
    title: 'Instances get no public IP address', explanation: 'Instances behind a load balancer need no public address; one makes every open port reachable from the internet.',
    fix: 'Leave network_interfaces.associate_public_ip_address unset or false and place instances in app subnets.', check: (r) => notTrue(r, 'network_interfaces.associate_public_ip_address'),
  },
  {
    kind: 'resource', id: 'BP-AWS-EC2-4', severity: E, category: S, cloud: 'aws', types: ['aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_security_group_rule'],
    title: 'No SSH, RDP or all-traffic ingress from the internet', explanation: 'Admin ports open to 0.0.0.0/0 are scanned and brute-forced within minutes.',
    fix: 'Use SSM Session Manager instead of SSH/RDP, or restrict the source to a known CIDR or security group.',
    check: (r) => {
      if (r.type === 'aws_security_group_rule' && r.config.type !== 'ingress') return Compliance.NOT_APPLICABLE;
      const rules = r.type === 'aws_security_group' ? blocks(r.config.ingress) : [r.config];
      return openAdminPorts(rules) ? { compliance: Compliance.NON_COMPLIANT, detail: 'ingress from 0.0.0.0/0 or ::/0 reaches port 22, 3389 or all ports' } : Compliance.COMPLIANT;
    },
  },
  {
    kind: 'resource', id: 'BP-AWS-ASG-1', severity: W, category: R, cloud: 'aws', types: ['aws_autoscaling_group'],
    title: 'Auto Scaling groups span at least two zones', explanation: 'A group in one zone goes down with the zone.',
    fix: 'Give vpc_zone_identifier subnets in two or three zones (ScalingGroup zoneCount >= 2).', check: (r) => listAtLeast(r, 'vpc_zone_identifier', 2),
  },
  {
    kind: 'resource', id: 'BP-AWS-ASG-2', severity: W, category: R, cloud: 'aws', types: ['aws_autoscaling_group'],
    title: 'Auto Scaling groups behind a load balancer use ELB health checks', explanation: 'With EC2 health checks a hung app keeps its instance: the group never replaces it.',
    fix: 'Set health_check_type = "ELB" when target_group_arns is set.',
    check: (r) => (r.config.target_group_arns === undefined ? Compliance.NOT_APPLICABLE : oneOf(r, 'health_check_type', ['ELB'])),
  },
  // ── load balancing and edge ─────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AWS-ELB-1', severity: W, category: S, cloud: 'aws', types: ['aws_lb_listener'],
    title: 'HTTP listeners only redirect to HTTPS', explanation: 'Plain HTTP carries session cookies and form data in clear text. A warning, not an error: behind CloudFront without a certificate of its own the origin listener is HTTP.',
    fix: 'Make the HTTP listener\'s default_action a redirect with protocol = "HTTPS" and status_code = "HTTP_301".', check: httpListener,
  },
  {
    kind: 'resource', id: 'BP-AWS-ELB-2', severity: E, category: S, cloud: 'aws', types: ['aws_lb_listener'],
    title: 'HTTPS listeners allow TLS 1.2 or newer only', explanation: 'TLS 1.0 and 1.1 are deprecated and fail PCI DSS.',
    fix: 'Set ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" (or another TLS 1.2+ policy).', check: httpsListener,
  },
  {
    kind: 'resource', id: 'BP-AWS-ELB-3', severity: W, category: S, cloud: 'aws', types: ['aws_lb'],
    title: 'Application load balancers drop invalid HTTP headers', explanation: 'Malformed headers are a request-smuggling vector.',
    fix: 'Set drop_invalid_header_fields = true.',
    check: (r) => (r.config.load_balancer_type === 'network' || r.config.load_balancer_type === 'gateway' ? Compliance.NOT_APPLICABLE : mustBeTrue(r, 'drop_invalid_header_fields')),
  },
  {
    kind: 'resource', id: 'BP-AWS-ELB-4', severity: W, category: S, cloud: 'aws', types: ['aws_lb'],
    title: 'Load balancers write access logs', explanation: 'Without access logs there is no record of who called what during an incident.',
    fix: 'Set access_logs { bucket = <log bucket>, enabled = true }.', check: (r) => all(present(r, 'access_logs.bucket'), notFalse(r, 'access_logs.enabled')),
  },
  {
    kind: 'resource', id: 'BP-AWS-ELB-5', severity: W, category: R, cloud: 'aws', types: ['aws_lb'],
    title: 'Load balancers have deletion protection', explanation: 'Deleting the load balancer changes its DNS name and takes the service offline.',
    fix: 'Set enable_deletion_protection = true.', check: (r) => mustBeTrue(r, 'enable_deletion_protection'),
  },
  {
    kind: 'resource', id: 'BP-AWS-ELB-6', severity: W, category: R, cloud: 'aws', types: ['aws_lb_target_group'],
    title: 'HTTP target groups check an application health path', explanation: 'Without a health path the load balancer keeps sending traffic to instances whose app is down.',
    fix: 'Set health_check { enabled = true, path = "/healthz", matcher = "200" } (the workload healthCheckPath).',
    check: (r) => {
      if (r.config.target_type === 'lambda' || (r.config.protocol !== undefined && r.config.protocol !== 'HTTP' && r.config.protocol !== 'HTTPS')) return Compliance.NOT_APPLICABLE;
      return all(notFalse(r, 'health_check.enabled'), present(r, 'health_check.path'));
    },
  },
  {
    kind: 'resource', id: 'BP-AWS-CDN-1', severity: E, category: S, cloud: 'aws', types: ['aws_cloudfront_distribution'],
    title: 'CloudFront serves viewers over HTTPS only', explanation: 'allow-all lets viewers use plain HTTP, exposing cookies and tokens.',
    fix: 'Set viewer_protocol_policy = "redirect-to-https" (or "https-only") on the default and every ordered cache behavior.',
    check: (r) => {
      const behaviors = [...blocks(r.config.default_cache_behavior), ...blocks(r.config.ordered_cache_behavior)];
      const plain = behaviors.find((b) => !isToken(b.viewer_protocol_policy) && b.viewer_protocol_policy !== 'redirect-to-https' && b.viewer_protocol_policy !== 'https-only');
      return plain ? bad('viewer_protocol_policy', plain.viewer_protocol_policy) : Compliance.COMPLIANT;
    },
  },
  {
    kind: 'resource', id: 'BP-AWS-CDN-4', severity: W, category: S, cloud: 'aws', types: ['aws_cloudfront_distribution'],
    title: 'CloudFront requires TLS 1.2 or newer from viewers', explanation: 'The default *.cloudfront.net certificate accepts TLS 1.0; only a custom certificate can set a minimum.',
    fix: 'Use an ACM certificate (us-east-1) with viewer_certificate.minimum_protocol_version = "TLSv1.2_2021".',
    check: (r) => oneOf(r, 'viewer_certificate.minimum_protocol_version', CLOUDFRONT_TLS12),
  },
  {
    kind: 'resource', id: 'BP-AWS-CDN-2', severity: W, category: S, cloud: 'aws', types: ['aws_cloudfront_distribution'],
    title: 'CloudFront distributions are protected by a WAF web ACL', explanation: 'The edge is the cheapest place to stop bots and injection attempts.',
    fix: 'Set web_acl_id to a WAFv2 web ACL with scope CLOUDFRONT (the Edge blueprint does).', check: (r) => present(r, 'web_acl_id'),
  },
  {
    kind: 'resource', id: 'BP-AWS-CDN-3', severity: W, category: S, cloud: 'aws', types: ['aws_cloudfront_distribution'],
    title: 'CloudFront distributions log requests', explanation: 'Edge logs are the only record of requests that never reached the origin.',
    fix: 'Set logging_config { bucket = ... } or a CloudWatch log delivery.', check: (r) => present(r, 'logging_config.bucket'),
  },
  {
    kind: 'resource', id: 'BP-AWS-WAF-1', severity: W, category: S, cloud: 'aws', types: ['aws_wafv2_web_acl'],
    title: 'Web ACLs use at least one managed rule group', explanation: 'An empty web ACL allows everything; the AWS managed rule sets block the common attacks.',
    fix: 'Add a rule with statement.managed_rule_group_statement (AWSManagedRulesCommonRuleSet).',
    check: (r) => (blocks(r.config.rule).some((x) => blocks(x.statement).some((s) => s.managed_rule_group_statement !== undefined)) ? Compliance.COMPLIANT : bad('rule', 'no managed rule group')),
  },
  {
    kind: 'resource', id: 'BP-AWS-WAF-2', severity: W, category: S, cloud: 'aws', types: ['aws_wafv2_web_acl'],
    title: 'Web ACLs publish metrics and sampled requests', explanation: 'Without metrics nobody sees blocked or allowed attack traffic.',
    fix: 'Set visibility_config { cloudwatch_metrics_enabled = true, sampled_requests_enabled = true }.',
    check: (r) => all(mustBeTrue(r, 'visibility_config.cloudwatch_metrics_enabled'), mustBeTrue(r, 'visibility_config.sampled_requests_enabled')),
  },
  // ── containers and functions ────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AWS-ECS-1', severity: W, category: S, cloud: 'aws', types: ['aws_ecs_cluster'],
    title: 'ECS clusters have Container Insights on', explanation: 'Task-level metrics and logs are needed to see a failing service.',
    fix: 'Add setting { name = "containerInsights", value = "enabled" }.', check: containerInsights,
  },
  {
    kind: 'resource', id: 'BP-AWS-ECS-2', severity: W, category: S, cloud: 'aws', types: ['aws_ecs_service'],
    title: 'ECS services get no public IP address', explanation: 'Tasks behind a load balancer need no public address.',
    fix: 'Set network_configuration.assign_public_ip = false and use private subnets.', check: (r) => notTrue(r, 'network_configuration.assign_public_ip'),
  },
  {
    kind: 'resource', id: 'BP-AWS-ECS-3', severity: W, category: R, cloud: 'aws', types: ['aws_ecs_service'],
    title: 'ECS deployments roll back on failure', explanation: 'Without the circuit breaker a bad image keeps replacing healthy tasks.',
    fix: 'Set deployment_circuit_breaker { enable = true, rollback = true }.',
    check: (r) => all(mustBeTrue(r, 'deployment_circuit_breaker.enable'), mustBeTrue(r, 'deployment_circuit_breaker.rollback')),
  },
  {
    kind: 'resource', id: 'BP-AWS-ECS-4', severity: W, category: S, cloud: 'aws', types: ['aws_ecs_task_definition'],
    title: 'ECS containers send their logs somewhere', explanation: 'A container without a log configuration loses its stdout when the task stops.',
    fix: 'Give every container definition a logConfiguration (awslogs to a KMS-encrypted log group).',
    check: (r) => containerCheck(r, (c) => !c.logConfiguration, 'no logConfiguration'),
  },
  {
    kind: 'resource', id: 'BP-AWS-ECS-5', severity: E, category: S, cloud: 'aws', types: ['aws_ecs_task_definition'],
    title: 'ECS containers are not privileged', explanation: 'A privileged container has root on the host and every other task on it.',
    fix: 'Remove privileged: true; grant the specific linuxParameters.capabilities the container needs.',
    check: (r) => containerCheck(r, (c) => c.privileged === true, 'privileged'),
  },
  {
    kind: 'resource', id: 'BP-AWS-LAMBDA-1', severity: W, category: S, cloud: 'aws', types: ['aws_lambda_function'],
    title: 'Lambda functions trace requests', explanation: 'Active X-Ray tracing shows where a slow or failing invocation spent its time.',
    fix: 'Set tracing_config { mode = "Active" }.', check: (r) => oneOf(r, 'tracing_config.mode', ['Active']),
  },
  // ── data ────────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AWS-CACHE-1', severity: E, category: S, cloud: 'aws', types: ['aws_elasticache_replication_group'],
    title: 'ElastiCache encrypts data at rest', explanation: 'Cache nodes, backups and swap hold session data and PII.',
    fix: 'Set at_rest_encryption_enabled = true (and kms_key_id).', check: (r) => mustBeTrue(r, 'at_rest_encryption_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AWS-CACHE-2', severity: E, category: S, cloud: 'aws', types: ['aws_elasticache_replication_group'],
    title: 'ElastiCache encrypts data in transit', explanation: 'Without TLS anyone in the VPC can read cache traffic and AUTH tokens.',
    fix: 'Set transit_encryption_enabled = true (transit_encryption_mode = "required").', check: (r) => mustBeTrue(r, 'transit_encryption_enabled'),
  },
  {
    kind: 'resource', id: 'BP-AWS-CACHE-3', severity: W, category: R, cloud: 'aws', types: ['aws_elasticache_replication_group'],
    title: 'ElastiCache fails over across zones', explanation: 'A single-zone cache loses every session when its node or zone fails.',
    fix: 'Set automatic_failover_enabled = true and multi_az_enabled = true with at least one replica.',
    check: (r) => all(mustBeTrue(r, 'automatic_failover_enabled'), mustBeTrue(r, 'multi_az_enabled')),
  },
  {
    kind: 'resource', id: 'BP-AWS-CACHE-4', severity: W, category: R, cloud: 'aws', types: ['aws_elasticache_replication_group'],
    title: 'ElastiCache keeps snapshots', explanation: 'Without snapshots a bad flush or failover loses the data for good.',
    fix: 'Set snapshot_retention_limit to at least 1 day.', check: (r) => atLeast(r, 'snapshot_retention_limit', 1, 0),
  },
  {
    kind: 'resource', id: 'BP-AWS-RDS-1', severity: E, category: S, cloud: 'aws', types: ['aws_db_instance', 'aws_rds_cluster'],
    title: 'Databases encrypt storage', explanation: 'Storage, snapshots and replicas of an unencrypted database are readable by anyone who gets a copy.',
    fix: 'Set storage_encrypted = true (and kms_key_id).', check: (r) => mustBeTrue(r, 'storage_encrypted'),
  },
  {
    kind: 'resource', id: 'BP-AWS-RDS-2', severity: E, category: S, cloud: 'aws', types: ['aws_db_instance', 'aws_rds_cluster_instance'],
    title: 'Databases are not publicly accessible', explanation: 'A public endpoint puts the database one leaked password away from the internet.',
    fix: 'Set publicly_accessible = false and place the database in data subnets.', check: (r) => notTrue(r, 'publicly_accessible'),
  },
  {
    kind: 'resource', id: 'BP-AWS-RDS-3', severity: W, category: R, cloud: 'aws', types: ['aws_db_instance'],
    title: 'Database instances are Multi-AZ', explanation: 'A single-AZ instance is down for the whole zone outage or maintenance.',
    fix: 'Set multi_az = true, or use Aurora with a reader in another zone.',
    check: (r) => (r.config.replicate_source_db !== undefined ? Compliance.NOT_APPLICABLE : mustBeTrue(r, 'multi_az')),
  },
  {
    kind: 'resource', id: 'BP-AWS-RDS-4', severity: W, category: R, cloud: 'aws', types: ['aws_db_instance', 'aws_rds_cluster'],
    title: 'Databases keep at least 7 days of backups', explanation: 'Point-in-time recovery only reaches as far back as the backup retention.',
    fix: 'Set backup_retention_period = 7 or more.',
    check: (r) => (r.config.replicate_source_db !== undefined ? Compliance.NOT_APPLICABLE : atLeast(r, 'backup_retention_period', 7, r.type === 'aws_rds_cluster' ? 1 : 0)),
  },
  {
    kind: 'resource', id: 'BP-AWS-RDS-5', severity: W, category: R, cloud: 'aws', types: ['aws_db_instance', 'aws_rds_cluster'],
    title: 'Databases have deletion protection', explanation: 'One mistaken destroy deletes the database and, by default, its automated backups.',
    fix: 'Set deletion_protection = true (and skip_final_snapshot = false).', check: (r) => mustBeTrue(r, 'deletion_protection'),
  },
  {
    kind: 'resource', id: 'BP-AWS-S3-1', severity: E, category: S, cloud: 'aws', types: ['aws_s3_bucket_public_access_block'],
    title: 'S3 public access blocks block everything', explanation: 'Any of the four flags left off lets an ACL or policy make objects public.',
    fix: 'Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets to true.',
    check: (r) => all(...['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map((a) => mustBeTrue(r, a))),
  },
  {
    kind: 'resource', id: 'BP-AWS-S3-2', severity: E, category: S, cloud: 'aws', types: ['aws_s3_bucket_acl'],
    title: 'S3 bucket ACLs are private', explanation: 'public-read and authenticated-read ACLs publish every object.',
    fix: 'Remove the ACL (object ownership BucketOwnerEnforced) or set acl = "private".', check: (r) => oneOf(r, 'acl', ['private', 'log-delivery-write'], 'private'),
  },
  {
    kind: 'resource', id: 'BP-AWS-S3-3', severity: W, category: R, cloud: 'aws', types: ['aws_s3_bucket_versioning'],
    title: 'S3 versioning is enabled', explanation: 'Versioning is the undo for overwrites and deletes.',
    fix: 'Set versioning_configuration { status = "Enabled" }.', check: (r) => oneOf(r, 'versioning_configuration.status', ['Enabled']),
  },
  {
    kind: 'resource', id: 'BP-AWS-SQS-1', severity: E, category: S, cloud: 'aws', types: ['aws_sqs_queue'],
    title: 'SQS queues are encrypted at rest', explanation: 'Messages often carry order and customer data.',
    fix: 'Leave sqs_managed_sse_enabled on, or set kms_master_key_id.',
    check: (r) => (r.config.kms_master_key_id !== undefined ? Compliance.COMPLIANT : notFalse(r, 'sqs_managed_sse_enabled')),
  },
  {
    kind: 'resource', id: 'BP-AWS-SNS-1', severity: W, category: S, cloud: 'aws', types: ['aws_sns_topic'],
    title: 'SNS topics are encrypted with KMS', explanation: 'Notifications can carry alert details and customer data.',
    fix: 'Set kms_master_key_id (alias/aws/sns or a customer key).', check: (r) => present(r, 'kms_master_key_id'),
  },
  // ── keys, logs, identity ────────────────────────────────────────────────────────────────────
  {
    kind: 'resource', id: 'BP-AWS-KMS-1', severity: E, category: S, cloud: 'aws', types: ['aws_kms_key'],
    title: 'KMS keys rotate', explanation: 'Yearly rotation limits how much data one leaked key version can decrypt.',
    fix: 'Set enable_key_rotation = true.',
    check: (r) => (typeof r.config.customer_master_key_spec === 'string' && r.config.customer_master_key_spec !== 'SYMMETRIC_DEFAULT' ? Compliance.NOT_APPLICABLE : mustBeTrue(r, 'enable_key_rotation')),
  },
  {
    kind: 'resource', id: 'BP-AWS-KMS-2', severity: W, category: R, cloud: 'aws', types: ['aws_kms_key'],
    title: 'KMS keys wait at least 14 days before deletion', explanation: 'A deleted key makes everything it encrypted unreadable; the window is the only undo.',
    fix: 'Set deletion_window_in_days to 14-30 (default 30).', check: (r) => atLeast(r, 'deletion_window_in_days', 14, 30),
  },
  {
    kind: 'resource', id: 'BP-AWS-LOGS-1', severity: W, category: S, cloud: 'aws', types: ['aws_cloudwatch_log_group'],
    title: 'Log groups are encrypted with a KMS key', explanation: 'Logs leak tokens, emails and stack traces.',
    fix: 'Set kms_key_id to a key whose policy allows logs.<region>.amazonaws.com.', check: (r) => present(r, 'kms_key_id'),
  },
  {
    kind: 'resource', id: 'BP-AWS-LOGS-2', severity: W, category: C, cloud: 'aws', types: ['aws_cloudwatch_log_group'],
    title: 'Log groups expire their logs', explanation: 'retention_in_days = 0 keeps logs (and their storage bill) forever.',
    fix: 'Set retention_in_days (30-400 for most logs).', check: (r) => atLeast(r, 'retention_in_days', 1, 0),
  },
  {
    kind: 'resource', id: 'BP-AWS-IAM-1', severity: E, category: S, cloud: 'aws', types: POLICY_TYPES,
    title: 'IAM policies never allow every action on every resource', explanation: '"Action": "*" on "Resource": "*" is administrator access: one compromised workload owns the account.',
    fix: 'List the actions the workload calls and scope Resource to its ARNs.',
    check: (r) => {
      const found = iamPolicies(r).flatMap(adminStatements);
      return found.length === 0 ? Compliance.COMPLIANT : { compliance: Compliance.NON_COMPLIANT, detail: `Allow *:* on * in ${found.join(', ')}` };
    },
  },
  {
    kind: 'resource', id: 'BP-AWS-IAM-2', severity: E, category: S, cloud: 'aws', types: ['aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment'],
    title: 'No AdministratorAccess or PowerUserAccess attachments', explanation: 'Managed admin policies grant far more than any workload needs.',
    fix: 'Attach a policy that lists only the needed actions.',
    check: (r) => {
      const arn = r.config.policy_arn;
      return typeof arn === 'string' && /:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/.test(arn) ? bad('policy_arn', arn) : Compliance.COMPLIANT;
    },
  },
];

const STACK_RULES: StackRule[] = [
  {
    kind: 'stack', id: 'BP-AWS-BUDGET-1', severity: W, category: C, cloud: 'aws',
    title: 'Every AWS stack has a budget', explanation: 'Autoscaling without a budget alert turns a traffic spike or a loop into an unbounded bill.',
    fix: 'Add the Budget blueprint (workload costGuard) or an aws_budgets_budget with a notification.',
    check: (s) => (s.resources.some((r) => r.type === 'aws_budgets_budget') ? [] : [{ address: 'stack', path: s.id, detail: 'no aws_budgets_budget' }]),
  },
  {
    kind: 'stack', id: 'BP-AWS-S3-4', severity: W, category: S, cloud: 'aws',
    title: 'Every S3 bucket declares its default encryption', explanation: 'An explicit SSE configuration documents and pins encryption at rest (SSE-KMS adds key-level access control; ALB and CloudFront log buckets need SSE-S3).',
    fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm "aws:kms" (or "AES256" for load balancer log buckets).',
    check: (s) => unguarded(s, 'aws_s3_bucket', 'aws_s3_bucket_server_side_encryption_configuration', (g) =>
      blocks(g.config.rule).some((x) => ['AES256', 'aws:kms', 'aws:kms:dsse'].includes(String(get(x, 'apply_server_side_encryption_by_default.sse_algorithm'))))),
  },
  {
    kind: 'stack', id: 'BP-AWS-SQS-2', severity: W, category: R, cloud: 'aws',
    title: 'SQS queues have a dead-letter queue', explanation: 'A poison message is retried until it expires and blocks the consumers.',
    fix: 'Set redrive_policy with a deadLetterTargetArn (the Queue blueprint creates the DLQ). Queues used as a dead-letter target are exempt.',
    check: queuesWithoutDlq,
  },
  {
    kind: 'stack', id: 'BP-AWS-LAMBDA-2', severity: W, category: R, cloud: 'aws',
    title: 'Asynchronously invoked functions keep failed events', explanation: 'Schedules, EventBridge, SNS and S3 invoke asynchronously: after the retries a failed event is dropped unless a destination keeps it.',
    fix: 'Set dead_letter_config { target_arn } or an aws_lambda_function_event_invoke_config with destination_config.on_failure.',
    check: functionsWithoutDlq,
  },
  {
    kind: 'stack', id: 'BP-AWS-VPC-1', severity: W, category: S, cloud: 'aws',
    title: 'Every VPC has flow logs', explanation: 'Flow logs are the only record of who talked to what inside the network.',
    fix: 'Add an aws_flow_log for the VPC with traffic_type = "ALL" (the Network blueprint does).',
    check: (s) => unguarded(s, 'aws_vpc', 'aws_flow_log'),
  },
  {
    kind: 'stack', id: 'BP-AWS-RDS-6', severity: W, category: R, cloud: 'aws',
    title: 'Aurora clusters have at least two instances', explanation: 'With one instance a failure or maintenance means downtime until a new writer boots.',
    fix: 'Add a reader aws_rds_cluster_instance in another zone (the Database blueprint readReplicas >= 1).',
    check: (s) => {
      const instances = s.resources.filter((r) => r.type === 'aws_rds_cluster_instance').map((r) => JSON.stringify(r.config));
      return s.resources
        .filter((r) => r.type === 'aws_rds_cluster' && r.config.engine_mode !== 'serverless')
        .filter((c) => instances.filter((i) => i.includes(`aws_rds_cluster.${c.logicalId}.`)).length < 2)
        .map((c) => ({ address: c.address, path: c.path, detail: 'fewer than 2 cluster instances' }));
    },
  },
  {
    kind: 'stack', id: 'BP-AWS-S3-5', severity: E, category: S, cloud: 'aws',
    title: 'Every S3 bucket has a public access block', explanation: 'Account-level settings can be changed; the bucket-level block travels with the bucket.',
    fix: 'Add an aws_s3_bucket_public_access_block for the bucket (the blueprints do).',
    check: (s) => unguarded(s, 'aws_s3_bucket', 'aws_s3_bucket_public_access_block', () => true),
  },
  {
    kind: 'stack', id: 'BP-AWS-S3-6', severity: W, category: S, cloud: 'aws',
    title: 'Every S3 bucket denies requests without TLS', explanation: 'Without an aws:SecureTransport deny, objects can be read and written over plain HTTP.',
    fix: 'Add an aws_s3_bucket_policy with a Deny statement on "aws:SecureTransport" = "false".',
    check: (s) => unguarded(s, 'aws_s3_bucket', 'aws_s3_bucket_policy', (g) => JSON.stringify(g.config.policy ?? '').includes('aws:SecureTransport')),
  },
];

export const AWS_RULES: PolicyRule[] = [...RESOURCE_RULES, ...STACK_RULES];
