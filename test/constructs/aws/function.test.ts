import 'cdktf/lib/testing/adapters/jest';
import * as path from 'path';
import { Testing } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { AwsServerlessFunction, FunctionArchitecture } from '../../../constructs/aws/function';
import { SERVERLESS_FUNCTION_DEFAULTS } from '../../../constructs/core/function';
import { IQueueRef } from '../../../constructs/core/refs';
import { awsStack, errorCodes, onlyResource, resources, synth } from '../../helpers';

const SOURCE = path.join(__dirname, '../../../handlers/notification-sender');

function queueRef(stack: ReturnType<typeof awsStack>): IQueueRef {
  const q = new SqsQueue(stack, 'Queue', { name: 'orders' });
  return { queueName: q.name, queueId: q.arn, queueUrl: q.url };
}

function policyOf(s: ReturnType<typeof synth>, id = 'RolePolicy'): any {
  const all = resources(s, 'aws_iam_role_policy');
  const key = Object.keys(all).find((k) => k.includes(`_${id}_`))!;
  return all[key].policy;
}

describe('AwsServerlessFunction', () => {
  describe('default properties', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE });
    const s = synth(stack);

    test('arm64, Node.js 22, memory, timeout, reserved concurrency, X-Ray active, JSON logs', () => {
      expect(onlyResource(s, 'aws_lambda_function')).toMatchObject({
        function_name: 'shop-prod-fn',
        architectures: ['arm64'],
        runtime: 'nodejs22.x',
        handler: SERVERLESS_FUNCTION_DEFAULTS.handler,
        memory_size: SERVERLESS_FUNCTION_DEFAULTS.memoryMiB,
        timeout: SERVERLESS_FUNCTION_DEFAULTS.timeoutSeconds,
        reserved_concurrent_executions: SERVERLESS_FUNCTION_DEFAULTS.reservedConcurrency,
        tracing_config: { mode: 'Active' },
        logging_config: { log_format: 'JSON' },
      });
    });

    test('its own log group, with retention, exists before the function', () => {
      expect(s.json).toHaveResourceWithProperties(CloudwatchLogGroup, { name: '/aws/lambda/shop-prod-fn', retention_in_days: 30 });
      const fn = onlyResource(s, 'aws_lambda_function');
      expect(fn.depends_on.some((x: string) => x.startsWith('aws_cloudwatch_log_group.'))).toBe(true);
    });

    test('environment variables are encrypted with a rotating customer-managed key', () => {
      expect(onlyResource(s, 'aws_lambda_function').kms_key_arn).toMatch(/^\$\{aws_kms_key\..*\.arn\}$/);
      expect(onlyResource(s, 'aws_kms_key').enable_key_rotation).toBe(true);
    });

    test('failed asynchronous invocations retry twice, then go to an encrypted dead-letter queue', () => {
      expect(s.json).toHaveResourceWithProperties(LambdaFunctionEventInvokeConfig, { maximum_retry_attempts: 2 });
      expect(onlyResource(s, 'aws_lambda_function_event_invoke_config').destination_config.on_failure.destination).toMatch(/aws_sqs_queue\..*DeadLetterQueue.*\.arn/);
      expect(s.json).toHaveResourceWithProperties(SqsQueue, { sqs_managed_sse_enabled: true, message_retention_seconds: 1209600 });
    });

    test('the role may only write its logs, traces, decrypt its key and send to its DLQ', () => {
      const sids = JSON.stringify(policyOf(s));
      for (const sid of ['Logs', 'Tracing', 'EnvironmentKey', 'OnFailure']) expect(sids).toContain(sid);
      expect(sids).not.toContain('sqs:ReceiveMessage');
      expect(sids).not.toContain('ec2:CreateNetworkInterface');
      expect(sids).not.toContain('"*:*"');
    });

    test('code comes from the folder as a deterministic zip with its hash', () => {
      const fn = onlyResource(s, 'aws_lambda_function');
      expect(fn.filename).toMatch(/^assets\/Fn_Code_Asset_[A-F0-9]+\/[A-F0-9]{32}\/archive\.zip$/);
      expect(fn.source_code_hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    });

    test('no VPC, trigger or HTTP API unless asked', () => {
      const fn = onlyResource(s, 'aws_lambda_function');
      expect(fn.vpc_config).toBeUndefined();
      expect(resources(s, 'aws_lambda_event_source_mapping')).toEqual({});
      expect(resources(s, 'aws_scheduler_schedule')).toEqual({});
      expect(resources(s, 'aws_apigatewayv2_api')).toEqual({});
    });

    test('declares errors, throttles, p95 duration and dead letters, and its usage-based costs', () => {
      const fn = stack.node.findChild('Fn') as AwsServerlessFunction;
      expect(fn.goldenSignals.map((g) => g.name)).toEqual(['errors', 'throttles', 'duration-p95', 'dead-letters']);
      expect(fn.goldenSignals.find((g) => g.name === 'duration-p95')).toMatchObject({ statistic: 'p95', threshold: 24000 });
      expect(fn.costItems.map((c) => c.sku)).toEqual(['aws:lambda:requests', 'aws:lambda:gb-second-arm', 'aws:kms:key']);
      expect(fn.costItems[0].usageBased).toBe(true);
    });
  });

  test('x86_64 when asked, priced as x86', () => {
    const stack = awsStack();
    const fn = new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, architecture: FunctionArchitecture.X86_64 });
    expect(synth(stack).json).toHaveResourceWithProperties(LambdaFunction, { architectures: ['x86_64'] });
    expect(fn.costItems.map((c) => c.sku)).toContain('aws:lambda:gb-second-x86');
  });

  test('environment variables are set in key order', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, environment: { B: '2', A: '1' } });
    const vars = onlyResource(synth(stack), 'aws_lambda_function').environment.variables;
    expect(Object.keys(vars)).toEqual(['A', 'B']);
  });

  test('a queue trigger reports batch item failures, caps concurrency and grants only that queue', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, queue: queueRef(stack), queueMaxConcurrency: 5, queueBatchSize: 4 });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_lambda_event_source_mapping')).toMatchObject({
      event_source_arn: '${aws_sqs_queue.Queue.arn}',
      batch_size: 4,
      function_response_types: ['ReportBatchItemFailures'],
      scaling_config: { maximum_concurrency: 5 },
    });
    const policy = String(policyOf(s));
    expect(policy).toContain('"QueueTrigger"');
    expect(policy).toContain('"Resource" = aws_sqs_queue.Queue.arn');
    expect(policy).toContain('sqs:ChangeMessageVisibility');
  });

  test('a schedule runs through EventBridge Scheduler in its time zone, with a role, retries and the DLQ', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, schedule: { cron: '0 2 * * *', timeZone: 'Europe/Berlin' } });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_scheduler_schedule')).toMatchObject({
      schedule_expression: 'cron(0 2 * * ? *)',
      schedule_expression_timezone: 'Europe/Berlin',
      flexible_time_window: { mode: 'OFF' },
      target: { retry_policy: { maximum_retry_attempts: 2, maximum_event_age_in_seconds: 3600 } },
    });
    const sched = onlyResource(s, 'aws_scheduler_schedule');
    expect(sched.target.dead_letter_config.arn).toMatch(/DeadLetterQueue/);
    expect(sched.target.role_arn).toMatch(/SchedulerRole/);
    expect(JSON.stringify(policyOf(s, 'SchedulerRolePolicy'))).toContain('lambda:InvokeFunction');
  });

  test('an HTTP API throttles at the stage and writes access logs', () => {
    const stack = awsStack();
    const fn = new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, httpApiEnabled: true, httpRateLimitPerSecond: 50, httpBurstLimit: 80 });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_apigatewayv2_stage')).toMatchObject({ name: '$default', auto_deploy: true, default_route_settings: { throttling_rate_limit: 50, throttling_burst_limit: 80 } });
    expect(onlyResource(s, 'aws_apigatewayv2_stage').access_log_settings.destination_arn).toMatch(/HttpApiAccessLogs/);
    expect(onlyResource(s, 'aws_lambda_permission').principal).toBe('apigateway.amazonaws.com');
    expect(fn.endpointHostname).toBeDefined();
  });

  test('in a VPC: the subnets, a security group without ingress, and ENI permissions', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] });
    const s = synth(stack);
    expect(onlyResource(s, 'aws_lambda_function').vpc_config.subnet_ids).toEqual(['subnet-a', 'subnet-b']);
    expect(onlyResource(s, 'aws_security_group').ingress).toBeUndefined();
    expect(JSON.stringify(policyOf(s))).toContain('ec2:CreateNetworkInterface');
  });

  test('privateNetworkingEnabled false keeps it out of the VPC even with subnets', () => {
    const stack = awsStack();
    new AwsServerlessFunction(stack, 'Fn', { sourcePath: SOURCE, vpcId: 'vpc-1', subnetIds: ['subnet-a'], privateNetworkingEnabled: false });
    expect(onlyResource(synth(stack), 'aws_lambda_function').vpc_config).toBeUndefined();
  });

  describe('rules', () => {
    const make = (p: object) => () => new AwsServerlessFunction(awsStack(), 'Fn', { sourcePath: SOURCE, ...p });
    test.each([
      ['FunctionSourceMissing', { sourcePath: '/nonexistent/folder' }],
      ['FunctionHandlerMalformed', { handler: 'handler' }],
      ['FunctionRuntimeInvalid', { runtime: 'cobol' }],
      ['FunctionMemoryOutOfRange', { memoryMiB: 64 }],
      ['FunctionTimeoutOutOfRange', { timeoutSeconds: 901 }],
      ['FunctionReservedConcurrencyOutOfRange', { reservedConcurrency: -1 }],
      ['FunctionLogRetentionOutOfRange', { logRetentionDays: 0 }],
      ['FunctionRetryAttemptsOutOfRange', { retryAttempts: 3 }],
      ['FunctionQueueMaxConcurrencyOutOfRange', { queueMaxConcurrency: 1 }],
      ['FunctionQueueBatchSizeOutOfRange', { queueBatchSize: 11 }],
      ['FunctionQueueVisibilityBelowTimeout', { timeoutSeconds: 60, queueVisibilityTimeoutSeconds: 30 }],
      ['FunctionHttpRateLimitOutOfRange', { httpRateLimitPerSecond: 0 }],
      ['FunctionHttpBurstLimitOutOfRange', { httpBurstLimit: 5001 }],
      ['FunctionScheduleCronMalformed', { schedule: { cron: '0 2 * *' } }],
      ['FunctionScheduleTimeZoneUnknown', { schedule: { cron: '0 2 * * *', timeZone: 'Mars/Olympus' } }],
      ['FunctionScheduleDayConflict', { schedule: { cron: '0 2 1 * MON' } }],
    ])('fails when %s', (code, p) => {
      expect(errorCodes(make(p))).toEqual([code]);
    });

    test('reports every failure at once', () => {
      expect(errorCodes(make({ timeoutSeconds: 0, reservedConcurrency: -1 }))).toEqual(['FunctionTimeoutOutOfRange', 'FunctionReservedConcurrencyOutOfRange']);
    });

    test('a visibility timeout equal to the function timeout is accepted', () => {
      expect(() => make({ timeoutSeconds: 30, queueVisibilityTimeoutSeconds: 30 })()).not.toThrow();
    });
  });

  test('the synthesized package is byte-identical across two synths', () => {
    const a = awsStack('a');
    new AwsServerlessFunction(a, 'Fn', { sourcePath: SOURCE });
    const b = awsStack('a');
    new AwsServerlessFunction(b, 'Fn', { sourcePath: SOURCE });
    expect(Testing.synth(a)).toEqual(Testing.synth(b));
  });
});
