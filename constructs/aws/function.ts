import * as path from 'path';
import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import { Apigatewayv2Integration } from '@cdktf/provider-aws/lib/apigatewayv2-integration';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route';
import { Apigatewayv2Stage } from '@cdktf/provider-aws/lib/apigatewayv2-stage';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SchedulerSchedule } from '@cdktf/provider-aws/lib/scheduler-schedule';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { EdgeKind, IWorkloadConsumer, Wiring, WorkloadIdentity } from '../core/wiring';
import { Blueprint, Comparison, Severity, Statistic } from '../core/blueprint';
import { Cloud } from '../core/cloud';
import { FunctionArchitecture, FunctionRuntime, IServerlessFunction, SERVERLESS_FUNCTION_DEFAULTS, SERVERLESS_FUNCTION_RULES, ServerlessFunctionProps, functionScheduleIssues } from '../core/function';
import { resourceName } from '../core/naming';
import { awsLogRetention } from './private/log-retention';
import { FunctionPackage } from '../core/private/package';
import { Schedule } from '../core/schedule';
import { serviceAssumeRolePolicy } from './private/iam';

export { FunctionArchitecture };

/** Lambda runtime identifiers of the neutral runtimes. */
export const LAMBDA_RUNTIMES: Record<FunctionRuntime, string> = {
  [FunctionRuntime.NODE_22]: 'nodejs22.x',
  [FunctionRuntime.NODE_20]: 'nodejs20.x',
  [FunctionRuntime.PYTHON_3_12]: 'python3.12',
};

export interface AwsServerlessFunctionProps extends ServerlessFunctionProps {
  /** CPU architecture. Graviton (arm64) costs about 20% less per GB-second. @default FunctionArchitecture.ARM64 */
  readonly architecture?: FunctionArchitecture;
  /** VPC of the subnets; required with `subnetIds`. @default - not in a VPC */
  readonly vpcId?: string;
  /** Private subnets to place the function in (the kit passes the app subnets). @default - not in a VPC */
  readonly subnetIds?: string[];
}

const SQS_CONSUMER_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'];

/**
 * An AWS Lambda function: arm64, X-Ray tracing, its own log group (created first), reserved
 * concurrency as its throttle, an on-failure dead-letter queue, environment variables under a
 * customer-managed KMS key, a least-privilege role, optional VPC placement, and code packaged
 * deterministically from a local folder. Triggers: an SQS queue (with a maximum concurrency:
 * backpressure), an HTTP API (stage throttling, access logs) and an EventBridge Scheduler schedule.
 */
export class AwsServerlessFunction extends Blueprint implements IServerlessFunction, IWorkloadConsumer {
  public readonly cloud = Cloud.AWS;
  public readonly blueprintKind = 'ServerlessFunction';
  public readonly resource: LambdaFunction;
  public readonly role: IamRole;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly environmentKey: KmsKey;
  public readonly deadLetterQueue: SqsQueue;
  public readonly codePackage: FunctionPackage;
  public readonly securityGroup?: SecurityGroup;
  public readonly queueTrigger?: LambdaEventSourceMapping;
  public readonly schedule?: SchedulerSchedule;
  public readonly httpApi?: Apigatewayv2Api;
  public readonly httpStage?: Apigatewayv2Stage;
  public readonly functionName: string;
  public readonly functionId: string;
  public readonly endpointHostname?: string;

  constructor(scope: Construct, id: string, props: AwsServerlessFunctionProps) {
    super(scope, id);
    this.validate('AwsServerlessFunction', SERVERLESS_FUNCTION_RULES, props, functionScheduleIssues(props));
    const d = SERVERLESS_FUNCTION_DEFAULTS;
    const timeout = props.timeoutSeconds ?? d.timeoutSeconds;
    const memory = props.memoryMiB ?? d.memoryMiB;
    const reserved = props.reservedConcurrency ?? d.reservedConcurrency;
    const arch = props.architecture ?? FunctionArchitecture.ARM64;
    const name = resourceName(this, 'awsLambda');
    this.functionName = name;

    this.codePackage = new FunctionPackage(this, 'Code', path.resolve(props.sourcePath));

    // Created before the function, so Lambda never creates an unmanaged one without retention.
    this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: `/aws/lambda/${name}`,
      retentionInDays: awsLogRetention(props.logRetentionDays ?? d.logRetentionDays),
    });
    this.environmentKey = new KmsKey(this, 'EnvironmentKey', {
      description: `Encrypts the environment variables of Lambda ${name}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
    });
    this.deadLetterQueue = new SqsQueue(this, 'DeadLetterQueue', {
      name: resourceName(this, 'awsSqs', 'dlq'),
      messageRetentionSeconds: 1209600,
      sqsManagedSseEnabled: true,
    });

    this.role = new IamRole(this, 'Role', {
      name: resourceName(this, 'awsIamRole', 'role'),
      assumeRolePolicy: serviceAssumeRolePolicy('lambda.amazonaws.com'),
    });
    const statements: object[] = [
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${this.logGroup.arn}:*` },
      { Sid: 'Tracing', Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' },
      { Sid: 'EnvironmentKey', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: this.environmentKey.arn },
      { Sid: 'OnFailure', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: this.deadLetterQueue.arn },
    ];
    if (props.queue) statements.push({ Sid: 'QueueTrigger', Effect: 'Allow', Action: SQS_CONSUMER_ACTIONS, Resource: props.queue.queueId });
    const inVpc = (props.privateNetworkingEnabled ?? d.privateNetworkingEnabled) && props.subnetIds !== undefined && props.subnetIds.length > 0;
    if (inVpc) {
      // ENI management cannot be scoped to resources at create time.
      statements.push({
        Sid: 'VpcNetworkInterfaces',
        Effect: 'Allow',
        Action: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
        Resource: '*',
      });
      this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
        name: resourceName(this, 'awsSecurityGroup', 'sg'),
        description: `Lambda ${name}: no inbound, outbound to the VPC and through NAT`,
        vpcId: props.vpcId,
        egress: [{ description: 'All outbound', fromPort: 0, toPort: 0, protocol: '-1', cidrBlocks: ['0.0.0.0/0'] }],
      });
    }
    const policy = new IamRolePolicy(this, 'RolePolicy', {
      role: this.role.id,
      policy: Fn.jsonencode({ Version: '2012-10-17', Statement: statements }),
    });

    this.resource = new LambdaFunction(this, 'Resource', {
      functionName: name,
      description: props.description,
      role: this.role.arn,
      runtime: LAMBDA_RUNTIMES[props.runtime ?? d.runtime],
      handler: props.handler ?? d.handler,
      architectures: [arch],
      memorySize: memory,
      timeout,
      reservedConcurrentExecutions: reserved,
      filename: this.codePackage.path,
      sourceCodeHash: this.codePackage.sha256Base64,
      kmsKeyArn: this.environmentKey.arn,
      environment: props.environment && Object.keys(props.environment).length > 0 ? { variables: sortedRecord(props.environment) } : undefined,
      tracingConfig: { mode: 'Active' },
      loggingConfig: { logFormat: 'JSON', logGroup: this.logGroup.name },
      vpcConfig: inVpc ? { subnetIds: props.subnetIds!, securityGroupIds: [this.securityGroup!.id] } : undefined,
      dependsOn: [this.logGroup, policy],
    });
    this.functionId = this.resource.arn;

    // Asynchronous invocations (the schedule) retry, then land in the dead-letter queue.
    new LambdaFunctionEventInvokeConfig(this, 'EventInvokeConfig', {
      functionName: this.resource.functionName,
      maximumRetryAttempts: props.retryAttempts ?? d.retryAttempts,
      maximumEventAgeInSeconds: 3600,
      destinationConfig: { onFailure: { destination: this.deadLetterQueue.arn } },
    });

    if (props.queue) {
      this.queueTrigger = new LambdaEventSourceMapping(this, 'QueueTrigger', {
        functionName: this.resource.arn,
        eventSourceArn: props.queue.queueId,
        batchSize: props.queueBatchSize ?? d.queueBatchSize,
        functionResponseTypes: ['ReportBatchItemFailures'],
        scalingConfig: { maximumConcurrency: props.queueMaxConcurrency ?? d.queueMaxConcurrency },
      });
      Wiring.of(this).add({
        kind: EdgeKind.FUNCTION_QUEUE, from: this.node.path, to: props.queueOwner?.node.path ?? props.queue.queueId, protocol: 'https',
        permissions: [...SQS_CONSUMER_ACTIONS],
        pieces: { role: this.role.arn, policy: policy.id, eventSourceMapping: this.queueTrigger.id, resource: props.queue.queueId },
        note: 'Lambda polls the queue (event source mapping) with the function role.',
      });
    }

    if (props.schedule) {
      const eb = Schedule.cron(props.schedule.cron, props.schedule.timeZone ?? 'UTC').toEventBridge();
      const schedulerRole = new IamRole(this, 'SchedulerRole', {
        name: resourceName(this, 'awsIamRole', 'scheduler'),
        assumeRolePolicy: serviceAssumeRolePolicy('scheduler.amazonaws.com'),
      });
      new IamRolePolicy(this, 'SchedulerRolePolicy', {
        role: schedulerRole.id,
        policy: Fn.jsonencode({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'Invoke', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: this.resource.arn },
            { Sid: 'DeadLetter', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: this.deadLetterQueue.arn },
          ],
        }),
      });
      this.schedule = new SchedulerSchedule(this, 'Schedule', {
        name: resourceName(this, 'awsScheduler', 'schedule'),
        scheduleExpression: eb.expression,
        scheduleExpressionTimezone: eb.timeZone,
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: this.resource.arn,
          roleArn: schedulerRole.arn,
          deadLetterConfig: { arn: this.deadLetterQueue.arn },
          retryPolicy: { maximumRetryAttempts: props.retryAttempts ?? d.retryAttempts, maximumEventAgeInSeconds: 3600 },
        },
      });
      Wiring.of(this).add({
        kind: EdgeKind.SCHEDULER_FUNCTION, from: `${this.node.path}/Schedule`, to: this.node.path,
        permissions: ['lambda:InvokeFunction'],
        pieces: { schedule: this.schedule.arn, role: schedulerRole.arn, resource: this.resource.arn },
        note: 'EventBridge Scheduler invokes the function with its own role (lambda:InvokeFunction on this function only).',
      });
    }

    if (props.httpApiEnabled ?? d.httpApiEnabled) {
      const accessLogs = new CloudwatchLogGroup(this, 'HttpApiAccessLogs', {
        name: `/aws/apigateway/${resourceName(this, 'awsLogGroup', 'http')}`,
        retentionInDays: awsLogRetention(props.logRetentionDays ?? d.logRetentionDays),
      });
      this.httpApi = new Apigatewayv2Api(this, 'HttpApi', { name: resourceName(this, 'awsApiGateway', 'http'), protocolType: 'HTTP' });
      const integration = new Apigatewayv2Integration(this, 'HttpIntegration', {
        apiId: this.httpApi.id,
        integrationType: 'AWS_PROXY',
        integrationUri: this.resource.invokeArn,
        payloadFormatVersion: '2.0',
        timeoutMilliseconds: Math.min(30000, timeout * 1000),
      });
      new Apigatewayv2Route(this, 'HttpRoute', { apiId: this.httpApi.id, routeKey: '$default', target: `integrations/${integration.id}` });
      this.httpStage = new Apigatewayv2Stage(this, 'HttpStage', {
        apiId: this.httpApi.id,
        name: '$default',
        autoDeploy: true,
        defaultRouteSettings: {
          throttlingRateLimit: props.httpRateLimitPerSecond ?? d.httpRateLimitPerSecond,
          throttlingBurstLimit: props.httpBurstLimit ?? d.httpBurstLimit,
          detailedMetricsEnabled: true,
        },
        accessLogSettings: {
          destinationArn: accessLogs.arn,
          format: JSON.stringify({ requestId: '$context.requestId', ip: '$context.identity.sourceIp', requestTime: '$context.requestTime', routeKey: '$context.routeKey', status: '$context.status', latency: '$context.responseLatency', integrationError: '$context.integrationErrorMessage' }),
        },
      });
      new LambdaPermission(this, 'HttpApiPermission', {
        statementId: 'AllowHttpApi',
        action: 'lambda:InvokeFunction',
        functionName: this.resource.functionName,
        principal: 'apigateway.amazonaws.com',
        sourceArn: `${this.httpApi.executionArn}/*/*`,
      });
      this.endpointHostname = Fn.replace(this.httpApi.apiEndpoint, 'https://', '');
    }

    const dims = [{ name: 'FunctionName', value: name }];
    this.addGoldenSignal({
      name: 'errors', description: `Lambda ${name} returned errors.`,
      metric: { namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: dims },
      statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 1, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'throttles', description: `Lambda ${name} hit its reserved concurrency (${reserved}): work is queueing or being rejected.`,
      metric: { namespace: 'AWS/Lambda', metricName: 'Throttles', dimensions: dims },
      statistic: Statistic.SUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 3, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'duration-p95', description: `Lambda ${name} p95 duration is above 80% of its ${timeout}s timeout.`,
      metric: { namespace: 'AWS/Lambda', metricName: 'Duration', dimensions: dims },
      statistic: Statistic.P95, comparison: Comparison.GREATER_THAN, threshold: timeout * 1000 * 0.8, periodSeconds: 300, evaluationPeriods: 3, severity: Severity.WARNING,
    });
    this.addGoldenSignal({
      name: 'dead-letters', description: `Failed invocations of Lambda ${name} reached its dead-letter queue.`,
      metric: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: [{ name: 'QueueName', value: resourceName(this, 'awsSqs', 'dlq') }] },
      statistic: Statistic.MAXIMUM, comparison: Comparison.GREATER_THAN, threshold: 0, periodSeconds: 300, evaluationPeriods: 1, severity: Severity.WARNING,
    });

    this.addCostItem({ sku: 'aws:lambda:requests', description: `Lambda ${name} requests`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: arch === FunctionArchitecture.ARM64 ? 'aws:lambda:gb-second-arm' : 'aws:lambda:gb-second-x86', description: `Lambda ${name} compute (GB-seconds)`, quantityMin: 0, quantityMax: 0, usageBased: true });
    this.addCostItem({ sku: 'aws:kms:key', description: `KMS key for Lambda ${name} environment`, quantityMin: 1, quantityMax: 1 });
    if (props.schedule) this.addCostItem({ sku: 'aws:scheduler:invocations', description: `Schedule of Lambda ${name}`, quantityMin: 0, quantityMax: 0, usageBased: true });
    if (this.httpApi) this.addCostItem({ sku: 'aws:apigateway:http-requests', description: `HTTP API of Lambda ${name}`, quantityMin: 0, quantityMax: 0, usageBased: true });
  }

  /** The function's role and (in a VPC) its security group: what data blueprints grant access to. */
  public get workloadIdentity(): WorkloadIdentity {
    return { cloud: Cloud.AWS, roleName: this.role.name, roleArn: this.role.arn, securityGroupId: this.securityGroup?.id };
  }
}

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
