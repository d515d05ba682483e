/**
 * The builders of AwsLogSearch: the domain, the log archive, the delivery stream and the
 * ingestion pipeline. Each takes the blueprint as its scope, so the construct ids, and with them
 * the Terraform addresses, are the ones the blueprint's constructor had. Internal: not part of the
 * public API.
 */
import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogResourcePolicy } from '@cdktf/provider-aws/lib/cloudwatch-log-resource-policy';
import { CloudwatchLogStream } from '@cdktf/provider-aws/lib/cloudwatch-log-stream';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KinesisFirehoseDeliveryStream } from '@cdktf/provider-aws/lib/kinesis-firehose-delivery-stream';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { OpensearchDomain } from '@cdktf/provider-aws/lib/opensearch-domain';
import { OsisPipeline } from '@cdktf/provider-aws/lib/osis-pipeline';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketNotification } from '@cdktf/provider-aws/lib/s3-bucket-notification';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { LOG_SEARCH_DEFAULTS, LogSearchSettings } from '../../core/log-search';
import { resourceName } from '../../core/naming';
import type { AwsNetwork } from '../network';
import { assumeRolePolicy, serviceAssumeRolePolicy } from './iam';
import { secureBucket, tlsOnlyBucketPolicy } from './secure-bucket';

/** What every builder reads: the blueprint's props and the values its constructor settled. */
export interface LogSearchContext {
  readonly settings: LogSearchSettings;
  readonly network: AwsNetwork;
  readonly account: string;
  readonly region: string;
  readonly domainName: string;
  /** The CloudWatch Logs retention of the blueprint's own log groups. */
  readonly logRetention: number;
  readonly instanceType: string;
  readonly masterType: string;
  /** The resolved settings of AWS_LOG_SEARCH_DEFAULTS and the props. */
  readonly engineVersion: string;
  readonly tlsSecurityPolicy: string;
  readonly bufferingIntervalSeconds: number;
  readonly bufferingSizeMiB: number;
  readonly ingestionMinUnits: number;
  readonly ingestionMaxUnits: number;
}

/** The OpenSearch domain with its key, its own log groups, security group and master role. */
export function buildLogSearchDomain(scope: Construct, c: LogSearchContext) {
  const { settings: s, network, account, region } = c;
  const logRetention = c.logRetention;
  const instanceType = c.instanceType;
  const masterType = c.masterType;
  const domainArn = `arn:aws:es:${region}:${account}:domain/${c.domainName}`;

  const key = new KmsKey(scope, 'Key', {
    description: `Encrypts the log search domain, its logs, archive and pipeline of ${scope.node.path}`,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AccountAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'CloudWatchLogs',
          Effect: 'Allow',
          Principal: { Service: `logs.${region}.amazonaws.com` },
          Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          Resource: '*',
          Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${account}:*` } },
        },
      ],
    }),
  });

  // The domain's own logs: published to CloudWatch Logs, never streamed back into the domain.
  const domainLogGroup = (cid: string, kind: string) => {
    const g = new CloudwatchLogGroup(scope, cid, { name: `/aws/opensearch/${c.domainName}/${kind}`, retentionInDays: logRetention, kmsKeyId: key.arn });
    return g;
  };
  const applicationLogGroup = domainLogGroup('ApplicationLogGroup', 'application');
  const auditLogGroup = domainLogGroup('AuditLogGroup', 'audit');
  const logsPolicy = new CloudwatchLogResourcePolicy(scope, 'LogPublishingPolicy', {
    policyName: resourceName(scope, 'awsGeneric', 'log-publishing'),
    policyDocument: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'es.amazonaws.com' },
          Action: ['logs:PutLogEvents', 'logs:CreateLogStream'],
          Resource: [`${applicationLogGroup.arn}:*`, `${auditLogGroup.arn}:*`],
          Condition: { StringEquals: { 'aws:SourceAccount': account }, ArnLike: { 'aws:SourceArn': domainArn } },
        },
      ],
    }),
  });

  const securityGroup = new SecurityGroup(scope, 'SecurityGroup', {
    name: resourceName(scope, 'awsSecurityGroup'),
    description: 'Log search domain: HTTPS from inside the VPC only',
    vpcId: network.resource.id,
    ingress: [{ description: 'HTTPS from the VPC', fromPort: 443, toPort: 443, protocol: 'tcp', cidrBlocks: [network.cidr] }],
    egress: [],
  });

  // Fine-grained access control: IAM principals only. Operators assume this role for the
  // security plugin's admin APIs (ISM policy, role mappings).
  const masterRole = new IamRole(scope, 'MasterRole', {
    name: resourceName(scope, 'awsIamRole', 'admin'),
    description: 'OpenSearch fine-grained access control master user of the log search domain',
    assumeRolePolicy: assumeRolePolicy({ AWS: `arn:aws:iam::${account}:root` }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
  });

  const subnetIds = network.dataSubnets.slice(0, s.zoneCount).map((x) => x.id);
  const resource = new OpensearchDomain(scope, 'Resource', {
    domainName: c.domainName,
    engineVersion: c.engineVersion,
    clusterConfig: {
      instanceType,
      instanceCount: s.instanceCount,
      zoneAwarenessEnabled: s.zoneAwarenessEnabled,
      zoneAwarenessConfig: s.zoneAwarenessEnabled ? { availabilityZoneCount: s.zoneCount } : undefined,
      dedicatedMasterEnabled: s.dedicatedMastersEnabled,
      dedicatedMasterType: s.dedicatedMastersEnabled ? masterType : undefined,
      dedicatedMasterCount: s.dedicatedMastersEnabled ? LOG_SEARCH_DEFAULTS.dedicatedMasterCount : undefined,
    },
    ebsOptions: { ebsEnabled: true, volumeType: 'gp3', volumeSize: s.storageGiB },
    encryptAtRest: { enabled: true, kmsKeyId: key.arn },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: c.tlsSecurityPolicy },
    advancedSecurityOptions: { enabled: true, anonymousAuthEnabled: false, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: masterRole.arn } },
    vpcOptions: { subnetIds, securityGroupIds: [securityGroup.id] },
    accessPolicies: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'es:ESHttp*', Resource: `${domainArn}/*` }],
    }),
    logPublishingOptions: [
      { logType: 'ES_APPLICATION_LOGS', cloudwatchLogGroupArn: applicationLogGroup.arn, enabled: true },
      { logType: 'AUDIT_LOGS', cloudwatchLogGroupArn: auditLogGroup.arn, enabled: true },
    ],
    autoTuneOptions: { desiredState: 'ENABLED', rollbackOnDisable: 'NO_ROLLBACK', useOffPeakWindow: true },
    offPeakWindowOptions: { enabled: true },
    softwareUpdateOptions: { autoSoftwareUpdateEnabled: true },
    dependsOn: [logsPolicy],
  });
  return { key, applicationLogGroup, auditLogGroup, securityGroup, masterRole, resource };
}

/** The S3 archive the delivery stream writes, and the queue that announces its new objects. */
export function buildLogArchive(scope: Construct, c: LogSearchContext & { readonly key: KmsKey }) {
  const { settings: s, account } = c;

  // The log archive: raw messages, then documents the domain refused (dlq/). Encrypted, private,
  // TLS-only, expired with the indices.
  const archiveBucket = secureBucket(scope, 'ArchiveBucket', {
    bucket: resourceName(scope, 'awsS3Bucket', 'archive'),
    objectOwnership: 'BucketOwnerEnforced',
    encryption: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: c.key.arn }, bucketKeyEnabled: true },
    lifecycleRules: [{ id: 'expire-with-indices', status: 'Enabled', filter: [{ prefix: '' }], expiration: [{ days: s.retentionDays }], abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }] }],
  }).bucket;
  const bucket = archiveBucket;
  tlsOnlyBucketPolicy(scope, 'ArchiveBucket', bucket);

  // New objects are announced on a queue the pipeline reads; poison notifications go to a DLQ.
  const dlq = new SqsQueue(scope, 'NotificationDeadLetterQueue', { name: resourceName(scope, 'awsSqs', 'archive-dlq'), sqsManagedSseEnabled: true, messageRetentionSeconds: 1209600 });
  const queueName = resourceName(scope, 'awsSqs', 'archive');
  const notificationQueue = new SqsQueue(scope, 'NotificationQueue', {
    name: queueName,
    sqsManagedSseEnabled: true,
    visibilityTimeoutSeconds: 300,
    messageRetentionSeconds: 345600,
    redrivePolicy: Fn.jsonencode({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }),
  });
  const queuePolicy = new SqsQueuePolicy(scope, 'NotificationQueuePolicy', {
    queueUrl: notificationQueue.url,
    policy: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 's3.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: notificationQueue.arn,
          Condition: { ArnEquals: { 'aws:SourceArn': bucket.arn }, StringEquals: { 'aws:SourceAccount': account } },
        },
      ],
    }),
  });
  new S3BucketNotification(scope, 'ArchiveBucketNotification', {
    bucket: bucket.id,
    queue: [{ queueArn: notificationQueue.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'logs/' }],
    dependsOn: [queuePolicy],
  });

  return { archiveBucket, notificationQueue, queueName };
}

/** The Firehose stream subscription filters deliver to, and the role CloudWatch Logs uses for it. */
export function buildLogDelivery(scope: Construct, c: LogSearchContext & { readonly key: KmsKey; readonly archiveBucket: S3Bucket; readonly firehoseName: string }) {
  const { account, region, logRetention, firehoseName } = c;
  const bucket = c.archiveBucket;

  const deliveryLogGroup = new CloudwatchLogGroup(scope, 'DeliveryLogGroup', { name: `/aws/kinesisfirehose/${firehoseName}`, retentionInDays: logRetention, kmsKeyId: c.key.arn });
  const deliveryLogStream = new CloudwatchLogStream(scope, 'DeliveryLogStream', { name: 'DestinationDelivery', logGroupName: deliveryLogGroup.name });
  const deliveryRole = new IamRole(scope, 'DeliveryRole', {
    name: resourceName(scope, 'awsIamRole', 'delivery'),
    assumeRolePolicy: serviceAssumeRolePolicy('firehose.amazonaws.com', { StringEquals: { 'sts:ExternalId': account } }),
  });
  new IamRolePolicy(scope, 'DeliveryRolePolicy', {
    role: deliveryRole.id,
    policy: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Archive', Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:ListBucketMultipartUploads', 's3:PutObject'], Resource: [bucket.arn, `${bucket.arn}/*`] },
        { Sid: 'Encryption', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: c.key.arn },
        { Sid: 'DeliveryLogs', Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: `${deliveryLogGroup.arn}:*` },
      ],
    }),
  });
  const deliveryStream = new KinesisFirehoseDeliveryStream(scope, 'DeliveryStream', {
    name: firehoseName,
    destination: 'extended_s3',
    serverSideEncryption: { enabled: true, keyType: 'AWS_OWNED_CMK' },
    extendedS3Configuration: {
      bucketArn: bucket.arn,
      roleArn: deliveryRole.arn,
      prefix: 'logs/',
      errorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      bufferingInterval: c.bufferingIntervalSeconds,
      bufferingSize: c.bufferingSizeMiB,
      compressionFormat: 'GZIP',
      kmsKeyArn: c.key.arn,
      processingConfiguration: {
        enabled: true,
        processors: [
          { type: 'Decompression', parameters: [{ parameterName: 'CompressionFormat', parameterValue: 'GZIP' }] },
          { type: 'CloudWatchLogProcessing', parameters: [{ parameterName: 'DataMessageExtraction', parameterValue: 'true' }] },
          { type: 'AppendDelimiterToRecord' },
        ],
      },
      cloudwatchLoggingOptions: { enabled: true, logGroupName: deliveryLogGroup.name, logStreamName: deliveryLogStream.name },
    },
  });

  const subscriptionRole = new IamRole(scope, 'SubscriptionRole', {
    name: resourceName(scope, 'awsIamRole', 'subscription'),
    assumeRolePolicy: serviceAssumeRolePolicy(`logs.${region}.amazonaws.com`, { StringLike: { 'aws:SourceArn': `arn:aws:logs:${region}:${account}:*` } }),
  });
  new IamRolePolicy(scope, 'SubscriptionRolePolicy', {
    role: subscriptionRole.id,
    policy: Fn.jsonencode({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: deliveryStream.arn }] }),
  });

  return { deliveryLogGroup, deliveryRole, deliveryStream, subscriptionRole };
}

/** The OpenSearch Ingestion pipeline that indexes the archive into the domain. */
export function buildIngestionPipeline(
  scope: Construct,
  c: LogSearchContext & { readonly key: KmsKey; readonly archiveBucket: S3Bucket; readonly notificationQueue: SqsQueue; readonly resource: OpensearchDomain; readonly pipelineName: string },
) {
  const { settings: s, network, account, region, logRetention, pipelineName } = c;
  const bucket = c.archiveBucket;

  // The ingestion pipeline: reads the queue, splits the objects into lines, parses each line as
  // JSON and writes daily `logs-YYYY.MM.DD` indices. Refused documents go to dlq/ in the bucket.
  const pipelineRole = new IamRole(scope, 'PipelineRole', {
    name: resourceName(scope, 'awsIamRole', 'ingestion'),
    assumeRolePolicy: serviceAssumeRolePolicy('osis-pipelines.amazonaws.com', { StringEquals: { 'aws:SourceAccount': account } }),
  });
  new IamRolePolicy(scope, 'PipelineRolePolicy', {
    role: pipelineRole.id,
    policy: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Queue', Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'], Resource: c.notificationQueue.arn },
        { Sid: 'ReadArchive', Effect: 'Allow', Action: ['s3:GetObject'], Resource: `${bucket.arn}/logs/*` },
        { Sid: 'WriteRefused', Effect: 'Allow', Action: ['s3:PutObject'], Resource: `${bucket.arn}/dlq/*` },
        { Sid: 'Encryption', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: c.key.arn },
        { Sid: 'Domain', Effect: 'Allow', Action: ['es:DescribeDomain'], Resource: c.resource.arn },
        { Sid: 'DomainWrite', Effect: 'Allow', Action: ['es:ESHttp*'], Resource: `${c.resource.arn}/*` },
      ],
    }),
  });
  const pipelineLogGroup = new CloudwatchLogGroup(scope, 'PipelineLogGroup', { name: `/aws/vendedlogs/OpenSearchIngestion/${pipelineName}`, retentionInDays: logRetention, kmsKeyId: c.key.arn });
  const pipelineSg = new SecurityGroup(scope, 'PipelineSecurityGroup', {
    name: resourceName(scope, 'awsSecurityGroup', 'ingestion'),
    description: 'Log ingestion pipeline: HTTPS out only (domain, SQS, S3, STS)',
    vpcId: network.resource.id,
    egress: [{ description: 'HTTPS to the domain and AWS APIs', fromPort: 443, toPort: 443, protocol: 'tcp', cidrBlocks: ['0.0.0.0/0'] }],
  });
  const minUnits = c.ingestionMinUnits;
  const maxUnits = c.ingestionMaxUnits;
  const sts = { region, sts_role_arn: pipelineRole.arn };
  const pipeline = new OsisPipeline(scope, 'Pipeline', {
    pipelineName,
    minUnits,
    maxUnits,
    // JSON is YAML: the pipeline definition, with the Terraform references interpolated.
    pipelineConfigurationBody: JSON.stringify({
      version: '2',
      'log-pipeline': {
        source: {
          s3: {
            acknowledgments: true,
            notification_type: 'sqs',
            compression: 'gzip',
            codec: { newline: {} },
            sqs: { queue_url: c.notificationQueue.url },
            aws: sts,
          },
        },
        processor: [{ parse_json: { source: 'message' } }],
        sink: [
          {
            opensearch: {
              hosts: [`https://${c.resource.endpoint}`],
              // `%%{` is a literal `%{` in a Terraform string (where `%{` opens a template directive).
              index: `${LOG_SEARCH_DEFAULTS.indexPrefix}-%%{yyyy.MM.dd}`,
              aws: sts,
              dlq: { s3: { bucket: bucket.bucket, key_path_prefix: 'dlq/', region, sts_role_arn: pipelineRole.arn } },
            },
          },
        ],
      },
    }),
    vpcOptions: [{ subnetIds: network.appSubnets.slice(0, s.zoneCount).map((x) => x.id), securityGroupIds: [pipelineSg.id] }],
    encryptionAtRestOptions: [{ kmsKeyArn: c.key.arn }],
    logPublishingOptions: [{ isLoggingEnabled: true, cloudwatchLogDestination: [{ logGroup: pipelineLogGroup.name }] }],
  });

  return { pipelineRole, pipelineLogGroup, pipeline, minUnits, maxUnits };
}
