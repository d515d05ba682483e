import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sender = require(path.join(__dirname, '../../handlers/notification-sender/index.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reconciliation = require(path.join(__dirname, '../../handlers/reconciliation/index.js'));

describe('sample handlers', () => {
  beforeAll(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  test('the notification sender reports only the malformed messages of a batch for retry', async () => {
    const result = await sender.handler({
      Records: [
        { messageId: 'm1', body: JSON.stringify({ orderId: 'o1', email: 'a@example.com' }) },
        { messageId: 'm2', body: JSON.stringify({ orderId: 'o2' }) },
        { messageId: 'm3', body: 'not json' },
      ],
    });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }] });
  });

  test('reconciliation finds payments without orders and differing amounts', () => {
    const mismatches = reconciliation.reconcile(
      [{ orderId: 'a', amountCents: 100 }, { orderId: 'b', amountCents: 200 }, { orderId: 'c', amountCents: 5 }],
      [{ orderId: 'a', amountCents: 100 }, { orderId: 'b', amountCents: 250 }],
    );
    expect(mismatches).toEqual([
      { orderId: 'b', reason: 'amount differs', order: 250, payment: 200 },
      { orderId: 'c', reason: 'payment without order' },
    ]);
  });

  test('the reconciliation handler counts what it checked', async () => {
    expect(await reconciliation.handler({ payments: [{ orderId: 'x', amountCents: 1 }], orders: [] })).toEqual({ checked: 1, mismatches: 1 });
  });
});
