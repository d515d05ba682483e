import * as fs from 'fs';
import { IConstruct } from 'constructs';
import { IQueueRef } from './refs';
import { Schedule, ScheduleProps } from './schedule';
import { Rule, ValidationIssue, rules } from './validation';
import { IWorkloadConsumer } from './wiring';

/** The language runtime of a function, the same name on both clouds. */
export enum FunctionRuntime {
  /** Node.js 22 (AWS `nodejs22.x`; Azure Flex `node` 22). */
  NODE_22 = 'node22',
  /** Node.js 20 (AWS `nodejs20.x`; Azure Flex `node` 20). */
  NODE_20 = 'node20',
  /** Python 3.12 (AWS `python3.12`; Azure Flex `python` 3.12). */
  PYTHON_3_12 = 'python3.12',
}

/** CPU architecture of a function (AWS; Azure Flex Consumption picks its own). */
export enum FunctionArchitecture {
  ARM64 = 'arm64',
  X86_64 = 'x86_64',
}

/**
 * Neutral props of a serverless function: code from a local folder, a concurrency cap as its
 * throttle, and at most one trigger of each kind (queue, schedule, HTTP).
 */
export interface ServerlessFunctionProps {
  /** Folder with the handler code; packaged into a deterministic zip at synth. */
  readonly sourcePath: string;
  /** What the function does, for the console. @default - none */
  readonly description?: string;
  /** Entry point, `file.export`. @default 'index.handler' */
  readonly handler?: string;
  /** @default FunctionRuntime.NODE_22 */
  readonly runtime?: FunctionRuntime;
  /**
   * Memory, 128–10240 MiB. On Azure Flex Consumption it is rounded up to an instance size
   * (512, 2048 or 4096 MB).
   * @default 512
   */
  readonly memoryMiB?: number;
  /** Longest run, 1–900 seconds (the Lambda maximum). @default 30 */
  readonly timeoutSeconds?: number;
  /**
   * Most concurrent executions, 0–1000: the function's throttle. 0 stops the function. On Azure it
   * is the Flex Consumption maximum instance count, which cannot go below 40 (see the docs).
   * @default 10
   */
  readonly reservedConcurrency?: number;
  /** Environment variables, encrypted at rest (AWS: a customer-managed KMS key). @default - none */
  readonly environment?: Record<string, string>;
  /** Days logs are kept, 1–3653. @default 30 */
  readonly logRetentionDays?: number;
  /**
   * Retries of a failed asynchronous invocation (schedule), 0–2; then the event goes to the
   * on-failure dead-letter queue.
   * @default 2
   */
  readonly retryAttempts?: number;
  /**
   * Place the function in the private app subnets (AWS VPC; Azure VNet integration), so it reaches
   * private data stores and leaves through the NAT gateway. Opting out saves the ENI cold-start cost
   * but the function then has no private network path.
   * @default true
   */
  readonly privateNetworkingEnabled?: boolean;

  /** A queue the function consumes (backpressure, seed §4.3). @default - no queue trigger */
  readonly queue?: IQueueRef;
  /**
   * The blueprint that holds `queue` (the messaging blueprint): the `function->queue` edge points at
   * its construct path, like every other edge to a blueprint.
   * @default - the edge points at the queue's id
   */
  readonly queueOwner?: IConstruct;
  /** Most concurrent executions the queue may drive, 2–1000. @default 10 */
  readonly queueMaxConcurrency?: number;
  /** Messages per invocation, 1–10. @default 10 */
  readonly queueBatchSize?: number;
  /**
   * The queue's visibility timeout (or lock duration), to check it against the function timeout: a
   * shorter one makes a message visible again while it is still being processed.
   * @default - not checked
   */
  readonly queueVisibilityTimeoutSeconds?: number;

  /** A cron schedule (load shifting, seed §4.4). @default - no schedule trigger */
  readonly schedule?: ScheduleProps;

  /** Put an HTTP API in front of the function. @default false */
  readonly httpApiEnabled?: boolean;
  /** HTTP API steady-state limit, requests per second (AWS stage throttling). @default 100 */
  readonly httpRateLimitPerSecond?: number;
  /** HTTP API burst limit, requests. @default 200 */
  readonly httpBurstLimit?: number;
}

export const SERVERLESS_FUNCTION_DEFAULTS = {
  handler: 'index.handler',
  runtime: FunctionRuntime.NODE_22,
  memoryMiB: 512,
  timeoutSeconds: 30,
  reservedConcurrency: 10,
  logRetentionDays: 30,
  retryAttempts: 2,
  privateNetworkingEnabled: true,
  queueMaxConcurrency: 10,
  queueBatchSize: 10,
  httpApiEnabled: false,
  httpRateLimitPerSecond: 100,
  httpBurstLimit: 200,
} as const;

/** The platform maximum of a function timeout (AWS Lambda: 15 minutes). */
export const FUNCTION_MAX_TIMEOUT_SECONDS = 900;

export const SERVERLESS_FUNCTION_RULES: ReadonlyArray<Rule<ServerlessFunctionProps>> = [
  {
    code: 'FunctionSourceMissing',
    prop: 'sourcePath',
    value: (p) => p.sourcePath,
    failsWhen: (p) => typeof p.sourcePath !== 'string' || !fs.existsSync(p.sourcePath) || !fs.statSync(p.sourcePath).isDirectory(),
    allowed: 'a folder that exists',
    fix: 'Point sourcePath at the handler folder.',
  },
  rules.pattern<ServerlessFunctionProps>('FunctionHandlerMalformed', 'handler', (p) => p.handler, /^[A-Za-z0-9_./-]+\.[A-Za-z_$][\w$]*$/, 'of the form file.export, e.g. "index.handler"', 'Name the file (without extension) and the exported function.'),
  rules.oneOf<ServerlessFunctionProps, string>('FunctionRuntimeInvalid', 'runtime', (p) => p.runtime, Object.values(FunctionRuntime), 'Pick a runtime from FunctionRuntime.'),
  rules.intRange<ServerlessFunctionProps>('FunctionMemoryOutOfRange', 'memoryMiB', (p) => p.memoryMiB, 128, 10240, 'Lambda takes 128 to 10240 MiB.'),
  rules.intRange<ServerlessFunctionProps>('FunctionTimeoutOutOfRange', 'timeoutSeconds', (p) => p.timeoutSeconds, 1, FUNCTION_MAX_TIMEOUT_SECONDS, 'Lambda stops at 900 seconds: split longer work into steps or a queue.'),
  rules.intRange<ServerlessFunctionProps>('FunctionReservedConcurrencyOutOfRange', 'reservedConcurrency', (p) => p.reservedConcurrency, 0, 1000, 'Use 0 (stopped) up to the account limit of 1000.'),
  rules.intRange<ServerlessFunctionProps>('FunctionLogRetentionOutOfRange', 'logRetentionDays', (p) => p.logRetentionDays, 1, 3653, 'Keep logs for 1 to 3653 days.'),
  rules.intRange<ServerlessFunctionProps>('FunctionRetryAttemptsOutOfRange', 'retryAttempts', (p) => p.retryAttempts, 0, 2, 'Asynchronous invocations retry at most twice.'),
  rules.intRange<ServerlessFunctionProps>('FunctionQueueMaxConcurrencyOutOfRange', 'queueMaxConcurrency', (p) => p.queueMaxConcurrency, 2, 1000, 'SQS event sources take a maximum concurrency of 2 to 1000.'),
  rules.intRange<ServerlessFunctionProps>('FunctionQueueBatchSizeOutOfRange', 'queueBatchSize', (p) => p.queueBatchSize, 1, 10, 'Use 1 to 10 messages per invocation.'),
  {
    code: 'FunctionQueueVisibilityBelowTimeout',
    prop: 'queueVisibilityTimeoutSeconds',
    value: (p) => p.queueVisibilityTimeoutSeconds,
    failsWhen: (p) => p.queueVisibilityTimeoutSeconds !== undefined && p.queueVisibilityTimeoutSeconds < (p.timeoutSeconds ?? SERVERLESS_FUNCTION_DEFAULTS.timeoutSeconds),
    allowed: (p) => `at least the function timeout (timeoutSeconds = ${p.timeoutSeconds ?? SERVERLESS_FUNCTION_DEFAULTS.timeoutSeconds})`,
    fix: 'Raise the queue visibility timeout (6 × the function timeout is the usual advice) or shorten the timeout.',
  },
  rules.intRange<ServerlessFunctionProps>('FunctionHttpRateLimitOutOfRange', 'httpRateLimitPerSecond', (p) => p.httpRateLimitPerSecond, 1, 10000, 'Use 1 to 10000 requests per second (the account default quota).'),
  rules.intRange<ServerlessFunctionProps>('FunctionHttpBurstLimitOutOfRange', 'httpBurstLimit', (p) => p.httpBurstLimit, 1, 5000, 'Use 1 to 5000 requests (the account default burst).'),
];

/** Checks the schedule trigger; codes `FunctionScheduleCronMalformed`, `FunctionScheduleTimeZoneUnknown`, `FunctionScheduleDayConflict`. */
export function functionScheduleIssues(props: ServerlessFunctionProps, path = 'schedule'): ValidationIssue[] {
  if (!props.schedule) return [];
  const issues = Schedule.validate(props.schedule, path, 'FunctionSchedule');
  if (issues.length > 0) return issues;
  try {
    Schedule.cron(props.schedule.cron, props.schedule.timeZone ?? 'UTC').toEventBridge();
  } catch {
    issues.push({ code: 'FunctionScheduleDayConflict', path, prop: `${path}.cron`, value: props.schedule.cron, allowed: 'restricting day-of-month or day-of-week, not both', fix: "Use '*' in one of the two day fields." });
  }
  return issues;
}

/** What other blueprints and stacks get back from a serverless function. */
export interface IServerlessFunction extends IWorkloadConsumer {
  /** AWS: the Lambda function name. Azure: the Function App name. */
  readonly functionName: string;
  /** AWS: the function ARN. Azure: the Function App resource id. */
  readonly functionId: string;
  /** The HTTPS host name of its HTTP API, when `httpApiEnabled`. */
  readonly endpointHostname?: string;
}
