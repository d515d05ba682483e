import 'cdktf/lib/testing/adapters/jest';
import { AnnotationMetadataEntryType, TerraformStack, Testing } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { KinesisFirehoseDeliveryStream } from '@cdktf/provider-aws/lib/kinesis-firehose-delivery-stream';
import { OpensearchDomain } from '@cdktf/provider-aws/lib/opensearch-domain';
import { AwsKit } from '../../../constructs/aws/kit';
import { AwsLogSearch, AwsLogSearchProps, OPENSEARCH_TLS_POLICY } from '../../../constructs/aws/log-search';
import { LOG_SEARCH_DEFAULTS, LogSearchProps } from '../../../constructs/core/log-search';
import { EdgeKind, wiringOf } from '../../../constructs/core/wiring';
import { stackFromDoc } from '../../../src/review/model';
import { checkStack } from '../../../src/policy/engine';
import { WIRING_RULES } from '../../../src/policy/rules-wiring';
import { errorCodes, kitStack, onlyResource, resources, shopWith, synth } from '../../helpers';

function setup(props: Partial<AwsLogSearchProps> = {}, zoneCount = 3): { stack: TerraformStack; kit: AwsKit; logSearch: AwsLogSearch } {
  const loaded = shopWith((w) => {
    w.network.zoneCount = zoneCount;
  });
  const { stack, kit } = kitStack('aws', loaded) as { stack: TerraformStack; kit: AwsKit };
  const logSearch = new AwsLogSearch(stack, 'LogSearch', { network: kit.network, region: 'eu-west-1', ...props });
  return { stack, kit, logSearch };
}

function warnings(c: AwsLogSearch): string[] {
  return c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
}

function domain(stack: TerraformStack): any {
  return onlyResource(synth(stack), 'aws_opensearch_domain');
}

describe('default properties', () => {
  test('the domain runs LOG_SEARCH_DEFAULTS: 3 data nodes over 3 zones with zone awareness, no dedicated masters', () => {
    const { stack } = setup();
    const d = domain(stack);
    expect(d.cluster_config).toEqual({
      instance_type: 'r7g.large.search',
      instance_count: LOG_SEARCH_DEFAULTS.instanceCount,
      zone_awareness_enabled: true,
      zone_awareness_config: { availability_zone_count: LOG_SEARCH_DEFAULTS.zoneCount },
      dedicated_master_enabled: false,
    });
  });

  test('storage is gp3 EBS of storageGiB per node', () => {
    expect(domain(setup().stack).ebs_options).toEqual({ ebs_enabled: true, volume_type: 'gp3', volume_size: LOG_SEARCH_DEFAULTS.storageGiB });
  });

  test('encrypted at rest with its own rotating KMS key, and node to node', () => {
    const { stack } = setup();
    const s = synth(stack);
    const d = onlyResource(s, 'aws_opensearch_domain');
    expect(d.encrypt_at_rest.enabled).toBe(true);
    expect(d.encrypt_at_rest.kms_key_id).toMatch(/\$\{aws_kms_key\.LogSearch_Key_.*\.arn\}/);
    expect(d.node_to_node_encryption).toEqual({ enabled: true });
    const [, key] = Object.entries(resources(s, 'aws_kms_key')).find(([id]) => id.startsWith('LogSearch_Key_')) as [string, any];
    expect(key.enable_key_rotation).toBe(true);
  });

  test('HTTPS only, with a TLS 1.2+ forward-secrecy policy', () => {
    expect(domain(setup().stack).domain_endpoint_options).toEqual({ enforce_https: true, tls_security_policy: OPENSEARCH_TLS_POLICY });
    expect(OPENSEARCH_TLS_POLICY).toMatch(/^Policy-Min-TLS-1-2/);
  });

  test('fine-grained access control with an IAM master role: no internal users, no passwords, no anonymous access', () => {
    const d = domain(setup().stack);
    expect(d.advanced_security_options).toEqual({
      enabled: true,
      anonymous_auth_enabled: false,
      internal_user_database_enabled: false,
      master_user_options: { master_user_arn: expect.stringMatching(/aws_iam_role\.LogSearch_MasterRole_.*\.arn/) },
    });
    expect(JSON.stringify(d)).not.toMatch(/master_user_password|master_user_name/);
  });

  test('no public endpoint: the domain sits in the data subnets, one per zone, behind a VPC-only security group', () => {
    const { stack } = setup();
    const s = synth(stack);
    const d = onlyResource(s, 'aws_opensearch_domain');
    expect(d.vpc_options.subnet_ids).toEqual([1, 2, 3].map((i) => expect.stringMatching(new RegExp(`aws_subnet\\.Network_DataSubnet${i}_`))));
    const [, sg] = Object.entries(resources(s, 'aws_security_group')).find(([id]) => id.startsWith('LogSearch_SecurityGroup_')) as [string, any];
    expect(sg.ingress).toEqual([expect.objectContaining({ from_port: 443, to_port: 443, cidr_blocks: ['10.40.0.0/16'] })]);
    expect(sg.egress).toEqual([]);
  });

  test('application and audit logs are published to encrypted log groups, allowed by a log group resource policy', () => {
    const s = synth(setup().stack);
    const d = onlyResource(s, 'aws_opensearch_domain');
    expect(d.log_publishing_options.map((o: any) => o.log_type)).toEqual(['ES_APPLICATION_LOGS', 'AUDIT_LOGS']);
    const policy = onlyResource(s, 'aws_cloudwatch_log_resource_policy');
    expect(policy.policy_document).toContain('es.amazonaws.com');
    expect(policy.policy_document).toContain('logs:PutLogEvents');
    const groups = Object.values(resources(s, 'aws_cloudwatch_log_group')).filter((g: any) => g.name.startsWith('/aws/opensearch/'));
    expect(groups).toHaveLength(2);
    for (const g of groups as any[]) {
      expect(g.kms_key_id).toBeDefined();
      expect(g.retention_in_days).toBe(30);
    }
  });

  test('Firehose decompresses CloudWatch Logs records and archives the messages, one per line, encrypted', () => {
    const s = synth(setup().stack);
    const f = onlyResource(s, 'aws_kinesis_firehose_delivery_stream');
    expect(f.destination).toBe('extended_s3');
    expect(f.server_side_encryption).toEqual({ enabled: true, key_type: 'AWS_OWNED_CMK' });
    const o = f.extended_s3_configuration;
    expect(o.prefix).toBe('logs/');
    expect(o.compression_format).toBe('GZIP');
    expect(o.kms_key_arn).toMatch(/aws_kms_key\.LogSearch_Key_/);
    expect(o.processing_configuration.processors.map((p: any) => p.type)).toEqual(['Decompression', 'CloudWatchLogProcessing', 'AppendDelimiterToRecord']);
  });

  test('the archive bucket announces new log objects on an encrypted queue with a dead-letter queue', () => {
    const s = synth(setup().stack);
    const n = onlyResource(s, 'aws_s3_bucket_notification');
    expect(n.queue).toEqual([expect.objectContaining({ events: ['s3:ObjectCreated:*'], filter_prefix: 'logs/' })]);
    const queues = Object.values(resources(s, 'aws_sqs_queue')) as any[];
    expect(queues).toHaveLength(2);
    for (const q of queues) expect(q.sqs_managed_sse_enabled).toBe(true);
    expect(onlyResource(s, 'aws_sqs_queue_policy').policy).toContain('s3.amazonaws.com');
  });

  test('an OpenSearch Ingestion pipeline in the app subnets parses each line as JSON into daily logs-* indices, refused documents to dlq/', () => {
    const s = synth(setup().stack);
    const p = onlyResource(s, 'aws_osis_pipeline');
    expect(p).toMatchObject({ min_units: 2, max_units: 4 });
    expect(p.vpc_options[0].subnet_ids).toEqual([1, 2, 3].map((i) => expect.stringMatching(new RegExp(`aws_subnet\\.Network_AppSubnet${i}_`))));
    expect(p.encryption_at_rest_options[0].kms_key_arn).toMatch(/aws_kms_key\.LogSearch_Key_/);
    expect(p.log_publishing_options[0].is_logging_enabled).toBe(true);
    const body = JSON.parse(p.pipeline_configuration_body);
    const pipe = body['log-pipeline'];
    expect(pipe.source.s3).toMatchObject({ notification_type: 'sqs', compression: 'gzip', codec: { newline: {} } });
    expect(pipe.processor).toEqual([{ parse_json: { source: 'message' } }]);
    // escaped for Terraform, which reads `%{` as a template directive
    expect(pipe.sink[0].opensearch.index).toBe('logs-%%{yyyy.MM.dd}');
    expect(pipe.sink[0].opensearch.dlq.s3.key_path_prefix).toBe('dlq/');
  });

  test('no string carries a bare %{ that Terraform would read as a template directive', () => {
    const json = synth(setup().stack).json;
    expect(json).toContain('%%{yyyy.MM.dd}');
    expect(json.match(/(^|[^%])%\{/g)).toBeNull();
  });

  test('the archive is private, KMS-encrypted, TLS-only, and expires after retentionDays', () => {
    const s = synth(setup().stack);
    expect(onlyResource(s, 'aws_s3_bucket_public_access_block')).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
    expect(onlyResource(s, 'aws_s3_bucket_server_side_encryption_configuration').rule[0].apply_server_side_encryption_by_default.sse_algorithm).toBe('aws:kms');
    expect(onlyResource(s, 'aws_s3_bucket_policy').policy).toContain('aws:SecureTransport');
    expect(onlyResource(s, 'aws_s3_bucket_lifecycle_configuration').rule[0].expiration).toEqual([{ days: 30 }]);
  });

  test('the ISM policy deletes logs-* indices after retentionDays', () => {
    const policy = JSON.parse(setup().logSearch.retentionPolicyJson).policy;
    expect(policy.ism_template[0].index_patterns).toEqual(['logs-*']);
    expect(policy.states[0].transitions[0].conditions.min_index_age).toBe('30d');
    expect(policy.states[1].actions).toEqual([{ delete: {} }]);
  });

  test('golden signals: cluster red and yellow, free storage, JVM memory pressure, writes blocked, delivery and ingestion', () => {
    const { logSearch } = setup();
    const byName = Object.fromEntries(logSearch.goldenSignals.map((g) => [g.name, g]));
    expect(Object.keys(byName)).toEqual(['cluster-red', 'cluster-yellow', 'free-storage-low', 'writes-blocked', 'jvm-memory-pressure', 'delivery-failing', 'ingestion-lag', 'documents-refused']);
    expect(byName['ingestion-lag'].metric).toMatchObject({ namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage' });
    expect(byName['cluster-red']).toMatchObject({ metric: { namespace: 'AWS/ES', metricName: 'ClusterStatus.red' }, comparison: 'GreaterThanOrEqual', threshold: 1, severity: 'critical' });
    expect(byName['cluster-red'].metric.dimensions).toEqual([{ name: 'DomainName', value: 'shop-prod-logsearch' }, { name: 'ClientId', value: expect.any(String) }]);
    expect(byName['jvm-memory-pressure']).toMatchObject({ metric: { metricName: 'JVMMemoryPressure' }, comparison: 'GreaterThan', threshold: 80 });
    // 25% of 100 GiB, in MiB (the metric's unit)
    expect(byName['free-storage-low']).toMatchObject({ metric: { metricName: 'FreeStorageSpace' }, statistic: 'Minimum', comparison: 'LessThanOrEqual', threshold: 25600 });
  });

  test('cost items: instance hours by type, gp3 GiB-month, usage-based Firehose ingestion, pipeline OCU-hours', () => {
    const items = setup().logSearch.costItems;
    expect(items).toContainEqual(expect.objectContaining({ sku: 'aws:opensearch:r7g.large.search', quantityMin: 3 * 730, quantityMax: 3 * 730 }));
    expect(items).toContainEqual(expect.objectContaining({ sku: 'aws:opensearch:gp3-storage', quantityMin: 300 }));
    expect(items).toContainEqual(expect.objectContaining({ sku: 'aws:firehose:ingest-gb', usageBased: true }));
    expect(items).toContainEqual(expect.objectContaining({ sku: 'aws:osis:ocu', quantityMin: 2 * 730, quantityMax: 4 * 730 }));
  });
});

describe('options', () => {
  test('dedicatedMastersEnabled adds three dedicated masters, their signal and their cost', () => {
    const { stack, logSearch } = setup({ dedicatedMastersEnabled: true, masterInstanceType: 'm7g.large.search' });
    expect(domain(stack).cluster_config).toMatchObject({ dedicated_master_enabled: true, dedicated_master_type: 'm7g.large.search', dedicated_master_count: 3 });
    expect(logSearch.goldenSignals.map((g) => g.name)).toContain('master-jvm-memory-pressure');
    expect(logSearch.costItems).toContainEqual(expect.objectContaining({ sku: 'aws:opensearch:m7g.large.search', quantityMin: 3 * 730 }));
  });

  test('instanceCount, storageGiB, instanceType and engineVersion are passed through', () => {
    const { stack } = setup({ instanceCount: 6, storageGiB: 500, instanceType: 'r7g.xlarge.search', engineVersion: 'OpenSearch_3.1' });
    const d = domain(stack);
    expect(d.cluster_config).toMatchObject({ instance_count: 6, instance_type: 'r7g.xlarge.search' });
    expect(d.ebs_options.volume_size).toBe(500);
    expect(d.engine_version).toBe('OpenSearch_3.1');
  });

  test('zoneCount 1 turns zone awareness off, uses one subnet and warns', () => {
    const { stack, logSearch } = setup({ zoneCount: 1, instanceCount: 1 });
    const d = domain(stack);
    expect(d.cluster_config.zone_awareness_enabled).toBe(false);
    expect(d.cluster_config.zone_awareness_config).toBeUndefined();
    expect(d.vpc_options.subnet_ids).toHaveLength(1);
    expect(warnings(logSearch)).toEqual([expect.stringContaining('single zone')]);
  });

  test('no warning with zone awareness', () => {
    expect(warnings(setup().logSearch)).toEqual([]);
  });

  test('zoneCount defaults to the network zone count: 2 zones, 2 nodes, 2 subnets', () => {
    const { stack } = setup({ instanceCount: 2 }, 2);
    const d = domain(stack);
    expect(d.cluster_config.zone_awareness_config).toEqual({ availability_zone_count: 2 });
    expect(d.vpc_options.subnet_ids).toHaveLength(2);
  });

  test('retentionDays sets the ISM age, the log group retention and the failed-documents expiry', () => {
    const { stack, logSearch } = setup({ retentionDays: 90 });
    expect(JSON.parse(logSearch.retentionPolicyJson).policy.states[0].transitions[0].conditions.min_index_age).toBe('90d');
    const s = synth(stack);
    expect(onlyResource(s, 'aws_s3_bucket_lifecycle_configuration').rule[0].expiration).toEqual([{ days: 90 }]);
    expect(Object.values(resources(s, 'aws_cloudwatch_log_group')).filter((g: any) => g.name.startsWith('/aws/opensearch/')).map((g: any) => g.retention_in_days)).toEqual([90, 90]);
  });

  test('ingestionMinUnits and ingestionMaxUnits size the pipeline and its cost', () => {
    const { stack, logSearch } = setup({ ingestionMinUnits: 1, ingestionMaxUnits: 8 });
    expect(onlyResource(synth(stack), 'aws_osis_pipeline')).toMatchObject({ min_units: 1, max_units: 8 });
    expect(logSearch.costItems).toContainEqual(expect.objectContaining({ sku: 'aws:osis:ocu', quantityMin: 730, quantityMax: 8 * 730 }));
  });

  test('logGroupNames subscribe named log groups to the delivery stream', () => {
    const { stack } = setup({ logGroupNames: ['/ecs/legacy-app'] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CloudwatchLogSubscriptionFilter, { log_group_name: '/ecs/legacy-app', filter_pattern: '' });
  });

  test('records one log-source->log-search edge per source, from the group\'s construct or its name, and BP-ALL-WIRE-7 proves each', () => {
    const { stack } = setup({ logGroupNames: ['/ecs/legacy-app'] });
    new CloudwatchLogGroup(stack, 'AppLogs', { name: '/ecs/shop-web' });
    Testing.synth(stack); // runs the discovery aspect
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    const edges = wiringOf(doc).filter((e) => e.kind === EdgeKind.LOG_SOURCE_LOG_SEARCH);
    expect(edges.map((e) => e.from).sort()).toEqual(['/ecs/legacy-app', `${stack.node.id}/AppLogs`]);
    for (const e of edges) {
      expect(e.to).toBe(`${stack.node.id}/LogSearch`);
      expect(e.pieces).toMatchObject({ destination: expect.stringMatching(/aws_kinesis_firehose_delivery_stream\.LogSearch_DeliveryStream_/), role: expect.stringMatching(/aws_iam_role\.LogSearch_SubscriptionRole_/) });
    }
    expect(edges.find((e) => e.from === '/ecs/legacy-app')!.pieces!.logGroup).toBeUndefined();
    const rule = WIRING_RULES.filter((r) => r.id === 'BP-ALL-WIRE-7');
    expect(checkStack(stackFromDoc(stack.node.id, doc), rule)).toEqual([]);
    // The named group's filter gone: the rule names the group.
    const filters = doc.resource.aws_cloudwatch_log_subscription_filter;
    delete filters[Object.keys(filters).find((k) => filters[k].log_group_name === '/ecs/legacy-app')!];
    expect(checkStack(stackFromDoc(stack.node.id, doc), rule).map((f) => [f.ruleId, f.path])).toEqual([['BP-ALL-WIRE-7', '/ecs/legacy-app']]);
  });

  test('discovery streams every log group of the stack, also ones made after LogSearch, but not its own nor VPC flow logs', () => {
    const { stack } = setup();
    new CloudwatchLogGroup(stack, 'AppLogs', { name: '/ecs/shop-web' });
    const s = synth(stack);
    const byId = resources(s, 'aws_cloudwatch_log_subscription_filter');
    // the construct id follows the log group's path below the stack: stable across stack renames
    expect(Object.keys(byId)).toEqual([expect.stringMatching(/^LogSearch_SubscriptionAppLogs[0-9a-f]{6}_/)]);
    const filters = Object.values(byId) as any[];
    expect(filters[0].log_group_name).toMatch(/aws_cloudwatch_log_group\.AppLogs.*\.name/);
    expect(filters[0].destination_arn).toMatch(/aws_kinesis_firehose_delivery_stream\.LogSearch_DeliveryStream_.*\.arn/);
    expect(filters[0].role_arn).toMatch(/aws_iam_role\.LogSearch_SubscriptionRole_.*\.arn/);
  });

  test('excludedLogGroupPrefixes: [] streams VPC flow logs too', () => {
    const { stack } = setup({ excludedLogGroupPrefixes: [] });
    const filters = Object.values(resources(synth(stack), 'aws_cloudwatch_log_subscription_filter')) as any[];
    expect(filters.map((f) => f.log_group_name)).toEqual([expect.stringMatching(/Network_FlowLogGroup/)]);
  });

  test('discoverLogSourcesEnabled: false streams only the named log groups', () => {
    const { stack } = setup({ discoverLogSourcesEnabled: false });
    new CloudwatchLogGroup(stack, 'AppLogs', { name: '/ecs/shop-web' });
    expect(Object.keys(resources(synth(stack), 'aws_cloudwatch_log_subscription_filter'))).toHaveLength(0);
  });

  test('synthesizing twice adds no second subscription', () => {
    const { stack } = setup();
    new CloudwatchLogGroup(stack, 'AppLogs', { name: '/ecs/shop-web' });
    synth(stack);
    expect(Object.keys(resources(synth(stack), 'aws_cloudwatch_log_subscription_filter'))).toHaveLength(1);
  });

  test('the kit wires the network and region', () => {
    const { stack, kit } = kitStack('aws') as { stack: TerraformStack; kit: AwsKit };
    const ls = kit.logSearch('LogSearch', {});
    expect(ls).toBeInstanceOf(AwsLogSearch);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(OpensearchDomain, { domain_name: 'shop-prod-logsearch' });
    expect(Testing.synth(stack)).toHaveResource(KinesisFirehoseDeliveryStream);
  });
});

describe('fails when …', () => {
  const fails = (props: Partial<AwsLogSearchProps & LogSearchProps>, zoneCount = 3) => errorCodes(() => setup(props, zoneCount));

  test('instanceCount is not a multiple of the zone count with zone awareness on', () => {
    expect(fails({ instanceCount: 4 })).toEqual(['LogSearchInstanceCountNotMultipleOfZones']);
  });

  test('the network zone count (no explicit zoneCount) does not divide instanceCount', () => {
    expect(fails({}, 2)).toEqual(['LogSearchInstanceCountNotMultipleOfZones']);
  });

  test('storageGiB is below the provider minimum', () => {
    expect(fails({ storageGiB: 5 })).toEqual(['LogSearchStorageBelowMinimum']);
  });

  test('storageGiB is above the instance type maximum', () => {
    expect(fails({ storageGiB: 2000, instanceType: 'r7g.large.search' })).toEqual(['LogSearchStorageAboveInstanceMaximum']);
  });

  test('retentionDays is out of range', () => {
    expect(fails({ retentionDays: 0 })).toEqual(['LogSearchRetentionOutOfRange']);
    expect(fails({ retentionDays: 3654 })).toEqual(['LogSearchRetentionOutOfRange']);
  });

  test('instanceCount is out of range', () => {
    expect(fails({ instanceCount: 81, zoneCount: 1 })).toEqual(['LogSearchInstanceCountOutOfRange']);
  });

  test('zoneCount is out of range', () => {
    expect(fails({ zoneCount: 4, instanceCount: 4 })).toContain('LogSearchZoneCountOutOfRange');
  });

  test('zoneCount is above the network zone count', () => {
    expect(fails({ zoneCount: 3 }, 2)).toEqual(['LogSearchZoneCountAboveNetwork']);
  });

  test('ingestion units are out of range', () => {
    expect(fails({ ingestionMinUnits: 0 })).toEqual(['LogSearchIngestionUnitsOutOfRange']);
  });

  test('ingestionMaxUnits is below ingestionMinUnits', () => {
    expect(fails({ ingestionMinUnits: 6, ingestionMaxUnits: 4 })).toEqual(['LogSearchIngestionMaxBelowMin']);
  });

  test('the instance type is not an OpenSearch type', () => {
    expect(fails({ instanceType: 'r7g.large' })).toEqual(['LogSearchInstanceTypeInvalid']);
  });

  test('every failure is reported at once', () => {
    expect(fails({ instanceCount: 4, storageGiB: 1, retentionDays: 0 })).toEqual(['LogSearchInstanceCountNotMultipleOfZones', 'LogSearchStorageBelowMinimum', 'LogSearchRetentionOutOfRange']);
  });
});
