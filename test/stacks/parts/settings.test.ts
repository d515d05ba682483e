import { appSettings } from '../../../stacks/parts/settings';
import { DataTier } from '../../../stacks/parts/data';
import { buildShardMap } from '../../../constructs/core/shard-map';

const shard = (i: number) => ({ index: i, writerEndpoint: `w${i}.db`, readerEndpoint: `r${i}.db`, credentialsSecretRef: `secret-${i}` });

describe('app settings from the data tier', () => {
  const data = {
    databases: { 'orders-db': { databaseName: 'orders', port: 5432, shards: [shard(0), shard(1)], shardMap: buildShardMap({ shardCount: 2 }), retained: false } },
    cache: { cacheEndpoint: 'cache.example', cachePort: 6380 },
    messaging: {
      queues: { notifications: { queueName: 'n', queueId: 'arn:n', queueUrl: 'https://sqs/n', maxReceiveCount: 5, visibilityTimeoutSeconds: 30, maxConsumerConcurrency: 5, fifo: false } },
      topics: {},
    },
  } as unknown as DataTier;

  test('databases give their endpoints, port, name, auth and credential reference, never a secret value', () => {
    expect(appSettings(data)).toEqual({
      DATABASE_ORDERS_ENDPOINT: 'w0.db',
      DATABASE_ORDERS_ENDPOINTS: 'w0.db,w1.db',
      DATABASE_ORDERS_READER_ENDPOINTS: 'r0.db,r1.db',
      DATABASE_ORDERS_PORT: '5432',
      DATABASE_ORDERS_NAME: 'orders',
      DATABASE_ORDERS_AUTH: 'password',
      DATABASE_ORDERS_CREDENTIALS_REF: 'secret-0',
      DATABASE_ORDERS_RETAINED: 'false',
      CACHE_ENDPOINT: 'cache.example',
      CACHE_PORT: '6380',
      CACHE_AUTH: 'entra',
      QUEUE_NOTIFICATIONS_URL: 'https://sqs/n',
    });
  });

  test('an AWS database with IAM auth names the user and no credential reference (apps never read its master secret); an Azure one (Entra) has none either', () => {
    const iam = { databases: { orders: { ...data.databases['orders-db'], authentication: 'iam' } } } as unknown as DataTier;
    expect(appSettings(iam)).toMatchObject({ DATABASE_ORDERS_AUTH: 'iam', DATABASE_ORDERS_USER: 'app' });
    expect(Object.keys(appSettings(iam))).not.toContain('DATABASE_ORDERS_CREDENTIALS_REF');
    const entra = { databases: { orders: { ...data.databases['orders-db'], authentication: 'entra' } } } as unknown as DataTier;
    expect(Object.keys(appSettings(entra))).not.toContain('DATABASE_ORDERS_CREDENTIALS_REF');
    expect(appSettings(entra)).toMatchObject({ DATABASE_ORDERS_AUTH: 'entra' });
  });

  test('an Azure queue is passed by name with the fully qualified namespace the SDKs take', () => {
    const azure = { databases: {}, messaging: { queues: { notifications: { queueName: 'n', queueId: '/sb/queues/n', fullyQualifiedNamespace: 'ns.servicebus.windows.net' } }, topics: {} } } as unknown as DataTier;
    expect(appSettings(azure)).toEqual({ QUEUE_NOTIFICATIONS_NAME: 'n', SERVICEBUS_FULLY_QUALIFIED_NAMESPACE: 'ns.servicebus.windows.net' });
  });
});
