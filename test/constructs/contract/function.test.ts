import * as path from 'path';
import { AwsServerlessFunction } from '../../../constructs/aws/function';
import { AzureServerlessFunction } from '../../../constructs/azure/function';
import { ServerlessFunctionProps } from '../../../constructs/core/function';
import { Blueprint } from '../../../constructs/core/blueprint';
import { errorCodes, kitStack, onlyResource, synth } from '../../helpers';

const SOURCE = path.join(__dirname, '../../../handlers/reconciliation');

/** How each cloud spells the same neutral settings. */
const read = {
  aws: (s: ReturnType<typeof synth>) => {
    const fn = onlyResource(s, 'aws_lambda_function');
    return { timeoutSeconds: fn.timeout, throttle: fn.reserved_concurrent_executions, inPrivateNetwork: fn.vpc_config !== undefined, schedule: onlyResource(s, 'aws_scheduler_schedule').schedule_expression };
  },
  azure: (s: ReturnType<typeof synth>) => {
    const fn = onlyResource(s, 'azurerm_function_app_flex_consumption');
    const [h, m, sec] = String(fn.app_settings.AzureFunctionsJobHost__functionTimeout).split(':').map(Number);
    return { timeoutSeconds: h * 3600 + m * 60 + sec, throttle: fn.maximum_instance_count, inPrivateNetwork: fn.virtual_network_subnet_id !== undefined, schedule: fn.app_settings.TIMER_SCHEDULE };
  },
};

describe.each(['aws', 'azure'] as const)('ServerlessFunction contract on %s', (cloud) => {
  const props: ServerlessFunctionProps = { sourcePath: SOURCE, timeoutSeconds: 120, reservedConcurrency: 50, schedule: { cron: '0 2 * * *', timeZone: 'UTC' } };

  test('the kit builds the same blueprint kind, throttled, in the private network, on the schedule', () => {
    const { stack, kit } = kitStack(cloud);
    const fn = kit.serverlessFunction('Reconcile', props) as unknown as Blueprint;
    expect(fn.blueprintKind).toBe('ServerlessFunction');
    const got = read[cloud](synth(stack));
    expect(got.timeoutSeconds).toBe(120);
    expect(got.throttle).toBe(50);
    expect(got.inPrivateNetwork).toBe(true);
    expect(got.schedule).toBe(cloud === 'aws' ? 'cron(0 2 * * ? *)' : '0 0 2 * * *');
  });

  test('both declare the errors, throttles and p95 duration signals', () => {
    const { kit } = kitStack(cloud);
    const fn = kit.serverlessFunction('Reconcile', props) as unknown as Blueprint;
    expect(fn.goldenSignals.map((g) => g.name)).toEqual(expect.arrayContaining(['errors', 'throttles', 'duration-p95']));
  });

  test.each([
    ['FunctionReservedConcurrencyOutOfRange', { reservedConcurrency: -1 }],
    ['FunctionTimeoutOutOfRange', { timeoutSeconds: 901 }],
    ['FunctionQueueVisibilityBelowTimeout', { queueVisibilityTimeoutSeconds: 60 }],
    ['FunctionScheduleDayConflict', { schedule: { cron: '0 2 1 * MON' } }],
  ])('fails with the same code when %s', (code, bad) => {
    const { kit } = kitStack(cloud);
    expect(errorCodes(() => kit.serverlessFunction('Reconcile', { ...props, ...bad }))).toEqual([code]);
  });

  test('the classes are the kit classes', () => {
    const { kit } = kitStack(cloud);
    expect(kit.serverlessFunction('Reconcile', props)).toBeInstanceOf(cloud === 'aws' ? AwsServerlessFunction : AzureServerlessFunction);
  });
});
