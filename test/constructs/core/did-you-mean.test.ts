import { closeNames, didYouMean, editDistance } from '../../../constructs/core/private/did-you-mean';
import { ValidationError } from '../../../constructs/core/validation';
import { validateWorkload } from '../../../src/workload';
import { shopWith } from '../../helpers';

describe('did you mean', () => {
  test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('notifications', 'notifcations')).toBe(1);
    expect(editDistance('Orders', 'orders')).toBe(1);
    expect(editDistance('Orders', 'orders', true)).toBe(0);
  });

  test('suggests the close names, closest first, and nothing for an unrelated name', () => {
    expect(closeNames('notifcations', ['notifications', 'orders'])).toEqual(['notifications']);
    expect(didYouMean('order', ['orders', 'order-events', 'border'])).toBe("Did you mean 'border' or 'orders'?");
    expect(didYouMean('audit', ['notifications'])).toBeUndefined();
  });
});

describe('workload references to queues', () => {
  function issues(change: (w: any) => void): Array<{ code: string; prop: string; fix: string }> {
    try {
      validateWorkload(shopWith(change).workload, 'shop.json');
    } catch (err) {
      return (err as ValidationError).issues.map((i) => ({ code: i.code, prop: i.prop, fix: i.fix }));
    }
    return [];
  }

  test('a mistyped queue name is an error that names the queue meant, every one at once', () => {
    const found = issues((w) => {
      w.functions['notification-sender'].trigger.queue = 'notifcations';
      w.topics['order-events'].subscriptions.push('notificatons');
    });
    expect(found).toEqual([
      { code: 'FunctionQueueUnknown', prop: 'functions.notification-sender.trigger.queue', fix: "Did you mean 'notifications'?" },
      { code: 'TopicSubscriptionUnknownQueue', prop: 'topics.order-events.subscriptions[1]', fix: "Did you mean 'notifications'?" },
    ]);
  });

  test('an unrelated name keeps the generic fix', () => {
    expect(issues((w) => (w.functions['notification-sender'].trigger.queue = 'audit')).map((i) => i.fix)).toEqual(['Declare the queue under queues, or fix the name.']);
  });

  test('the declared queue passes', () => {
    expect(issues(() => undefined)).toEqual([]);
  });
});
