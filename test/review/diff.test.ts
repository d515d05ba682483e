import { ChangeAction, assetChanges, changedArguments, diffOutputs, diffStack } from '../../src/review/diff';
import { changedExcerpt, decodeEncoded, parseHcl } from '../../src/review/encoded';
import { MASK, sanitize } from '../../src/review/mask';
import { output, stack } from './fixtures';

const queue = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ type: 'aws_sqs_queue', id, config: { name, ...extra } });

describe('diff engine', () => {
  test('a resource only in head is created', () => {
    const d = diffStack('s', stack('s', []), stack('s', [queue('Orders', 'orders')]));
    expect(d).toMatchObject({ create: 1, update: 0, destroy: 0, status: 'changed' });
    expect(d.changes[0]).toMatchObject({ action: ChangeAction.CREATE, address: 'aws_sqs_queue.Orders', path: 's/Orders/Resource' });
  });

  test('a changed argument is an update listing that argument only', () => {
    const d = diffStack('s', stack('s', [queue('Orders', 'orders', { visibility_timeout_seconds: 30 })]), stack('s', [queue('Orders', 'orders', { visibility_timeout_seconds: 60 })]));
    expect(d).toMatchObject({ create: 0, update: 1, destroy: 0 });
    expect(d.changes[0].arguments).toEqual([{ name: 'visibility_timeout_seconds', before: '30', after: '60' }]);
  });

  test('a changed tag or nested setting is listed on its own', () => {
    const lt = (owner: string, tokens: string) => [{ type: 'aws_launch_template', id: 'Lt', config: { tags: { owner, project: 'shop' }, metadata_options: { http_tokens: tokens, http_endpoint: 'enabled' } } }];
    const d = diffStack('s', stack('s', lt('team-a', 'optional')), stack('s', lt('team-b', 'required')));
    expect(d.changes[0].arguments).toEqual([
      { name: 'metadata_options.http_tokens', before: '"optional"', after: '"required"' },
      { name: 'tags.owner', before: '"team-a"', after: '"team-b"' },
    ]);
  });

  test('a resource only in base is destroyed', () => {
    const d = diffStack('s', stack('s', [{ type: 'aws_route', id: 'R', config: { destination_cidr_block: '0.0.0.0/0' } }]), stack('s', []));
    expect(d).toMatchObject({ create: 0, update: 0, destroy: 1 });
    expect(d.changes[0].action).toBe(ChangeAction.DESTROY);
    expect(d.warnings).toEqual([]);
  });

  test('identical stacks are a no-op', () => {
    const s = [queue('Orders', 'orders', { tags: { project: 'shop' } })];
    const d = diffStack('s', stack('s', s), stack('s', s));
    expect(d).toMatchObject({ create: 0, update: 0, destroy: 0, status: 'unchanged', changes: [] });
  });

  test('the construct metadata alone is not a change', () => {
    const before = stack('s', [{ ...queue('Orders', 'orders'), path: 's/A/Resource' }]);
    const after = stack('s', [{ ...queue('Orders', 'orders'), path: 's/A/Resource', suppressions: [{ id: 'BP-AWS-SQS-2', reason: 'a documented reason' }] }]);
    expect(diffStack('s', before, after).status).toBe('unchanged');
  });

  test('a changed construct id is flagged as destroy and create', () => {
    const before = stack('s', [{ ...queue('Orders_Resource_AAAA', 'shop-orders'), path: 's/Orders/Resource' }]);
    const after = stack('s', [{ ...queue('OrderQueue_Resource_BBBB', 'shop-orders'), path: 's/OrderQueue/Resource' }]);
    const d = diffStack('s', before, after);
    expect(d).toMatchObject({ create: 1, destroy: 1, replace: 1 });
    expect(d.changes[0]).toMatchObject({ action: ChangeAction.REPLACE, previousAddress: 'aws_sqs_queue.Orders_Resource_AAAA', address: 'aws_sqs_queue.OrderQueue_Resource_BBBB' });
    expect(d.warnings[0]).toMatch(/Construct id changed: `s\/Orders\/Resource` → `s\/OrderQueue\/Resource`.*destroy and recreate.*data is lost/);
  });

  test('a changed id is recognised by position when the name changed too', () => {
    const before = stack('s', [{ type: 'aws_kms_key', id: 'Data_Key_1', config: { description: 'a' }, path: 's/Data/Key' }]);
    const after = stack('s', [{ type: 'aws_kms_key', id: 'Data_DataKey_2', config: { description: 'a' }, path: 's/Data/DataKey' }]);
    expect(diffStack('s', before, after).changes.map((c) => c.action)).toEqual([ChangeAction.REPLACE]);
  });

  test('two unrelated resources of a type in different places are not paired', () => {
    const before = stack('s', [{ type: 'aws_kms_key', id: 'A_Key', config: {}, path: 's/A/Key' }]);
    const after = stack('s', [{ type: 'aws_kms_key', id: 'B_Other', config: {}, path: 's/B/Other' }]);
    expect(diffStack('s', before, after).changes.map((c) => c.action)).toEqual([ChangeAction.DESTROY, ChangeAction.CREATE]);
  });

  test('a destroyed stateful resource is warned about', () => {
    const d = diffStack('s', stack('s', [{ type: 'aws_db_instance', id: 'Db', config: { identifier: 'shop' }, path: 's/Database/Resource' }]), stack('s', []));
    expect(d.changes[0]).toMatchObject({ action: ChangeAction.DESTROY, stateful: true });
    expect(d.warnings).toEqual([expect.stringMatching(/^Stateful resource destroyed: `s\/Database\/Resource` \(aws_db_instance\)/)]);
  });

  test('a change to an argument that forces replacement of a stateful resource is warned about', () => {
    const db = (identifier: string) => [{ type: 'aws_db_instance', id: 'Db', config: { identifier, instance_class: 'db.m7g.large' }, path: 's/Database/Resource' }];
    const d = diffStack('s', stack('s', db('shop')), stack('s', db('shop-v2')));
    expect(d).toMatchObject({ create: 1, update: 0, destroy: 1, replace: 1 });
    expect(d.changes[0]).toMatchObject({ action: ChangeAction.REPLACE, forcedBy: ['identifier'], stateful: true });
    expect(d.warnings).toEqual([expect.stringMatching(/^Stateful resource replaced: `s\/Database\/Resource` \(aws_db_instance\)\. Changing `identifier`/)]);
  });

  test('an in-place change of a stateful resource is an update, not a replacement', () => {
    const db = (cls: string) => [{ type: 'aws_db_instance', id: 'Db', config: { identifier: 'shop', instance_class: cls } }];
    const d = diffStack('s', stack('s', db('db.m7g.large')), stack('s', db('db.m7g.xlarge')));
    expect(d).toMatchObject({ update: 1, replace: 0, warnings: [] });
  });

  test('renaming an Azure resource replaces it', () => {
    const ns = (name: string) => [{ type: 'azurerm_servicebus_namespace', id: 'Bus', config: { name, sku: 'Premium' } }];
    const d = diffStack('s', stack('s', ns('sb-shop'), 'azurerm'), stack('s', ns('sb-shop-2'), 'azurerm'));
    expect(d.changes[0]).toMatchObject({ action: ChangeAction.REPLACE, forcedBy: ['name'] });
    expect(d.warnings[0]).toMatch(/Stateful resource replaced/);
  });

  test('a destroyed stateless resource is not warned about', () => {
    const d = diffStack('s', stack('s', [{ type: 'aws_lb_listener', id: 'L', config: { port: 80 } }]), stack('s', []));
    expect(d.warnings).toEqual([]);
  });

  test('removed and added stacks are reported as such', () => {
    const diffs = diffOutputs(output(stack('old', [queue('Q', 'q')])), output(stack('new', [queue('Q', 'q')])));
    expect(diffs.map((d) => [d.stack, d.status, d.create, d.destroy])).toEqual([['new', 'added', 1, 0], ['old', 'removed', 0, 1]]);
  });
});

describe('secret masking', () => {
  test.each([
    ['master_password', 'hunter2hunter2'],
    ['primary_access_key', 'abc'],
    ['client_secret', 'abc'],
    ['auth_token', 'abc'],
    ['connection_string', 'Server=x;Password=y'],
  ])('masks a literal %s', (key, value) => {
    expect(sanitize(value, key)).toBe(MASK);
  });

  test('masks connection strings and secret-named environment values at any depth', () => {
    const out = sanitize({ variables: { DB_PASSWORD: 'p4ss', LOG_LEVEL: 'info' }, url: 'postgres://app:s3cret@db:5432/shop', env: [{ name: 'API_TOKEN', value: 'abc' }] }) as any;
    expect(out.variables).toEqual({ DB_PASSWORD: MASK, LOG_LEVEL: 'info' });
    expect(out.url).toBe(MASK);
    expect(out.env[0].value).toBe(MASK);
  });

  test('keeps references and setting names that only look like secrets', () => {
    expect(sanitize('${random_password.db.result}', 'password')).toBe('${random_password.db.result}');
    expect(sanitize('arn:aws:kms:eu-west-1:1:key/x', 'kms_key_id')).toBe('arn:aws:kms:eu-west-1:1:key/x');
    expect(sanitize('MyApp', 'secret_name')).toBe('MyApp');
  });

  test('masks secrets in the changed-argument table', () => {
    const [change] = changedArguments({ password: 'old-password' }, { password: 'new-password' });
    expect(change).toEqual({ name: 'password', before: JSON.stringify(MASK), after: JSON.stringify(MASK) });
  });

  test('masks secrets found by descending into maps', () => {
    const changes = changedArguments({ app_settings: { DB_PASSWORD: 'old-one', MODE: 'a' } }, { app_settings: { DB_PASSWORD: 'new-one', MODE: 'b' } });
    expect(changes).toEqual([
      { name: 'app_settings.DB_PASSWORD', before: JSON.stringify(MASK), after: JSON.stringify(MASK) },
      { name: 'app_settings.MODE', before: '"a"', after: '"b"' },
    ]);
  });

  test('compares assets by name and content hash', () => {
    const h = (c: string) => c.repeat(32);
    const before = [`assets/sender/${h('a')}/archive.zip`, `assets/recon/${h('b')}/archive.zip`, `assets/gone/${h('c')}/archive.zip`];
    const after = [`assets/sender/${h('d')}/archive.zip`, `assets/recon/${h('b')}/archive.zip`, `assets/new/${h('e')}/archive.zip`];
    expect(assetChanges(before, after)).toEqual([
      { name: 'gone', before: 'cccccccc' },
      { name: 'new', after: 'eeeeeeee' },
      { name: 'sender', before: 'aaaaaaaa', after: 'dddddddd' },
    ]);
  });

  test('summarises asset hashes', () => {
    const hash = 'A'.repeat(64);
    expect(sanitize(hash, 'source_code_hash')).toBe('AAAAAAAA…');
    expect(sanitize(`assets/fn/${'b'.repeat(32)}/archive.zip`, 'filename')).toBe('assets/fn/bbbbbbbb…/archive.zip');
  });
});

describe('stable output order', () => {
  test('changes come out in the same order whatever the input order', () => {
    const list = [queue('B', 'b'), queue('A', 'a'), { type: 'aws_kms_key', id: 'K', config: {} }];
    const one = diffStack('s', stack('s', []), stack('s', list));
    const two = diffStack('s', stack('s', []), stack('s', [...list].reverse()));
    expect(one.changes.map((c) => c.address)).toEqual(['aws_kms_key.K', 'aws_sqs_queue.A', 'aws_sqs_queue.B']);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  test('replacements and destroys come before creates and updates', () => {
    const before = stack('s', [queue('Keep', 'keep', { delay_seconds: 0 }), queue('Gone', 'gone')]);
    const after = stack('s', [queue('Keep', 'keep', { delay_seconds: 5 }), { type: 'aws_kms_key', id: 'New', config: {} }]);
    expect(diffStack('s', before, after).changes.map((c) => c.action)).toEqual([ChangeAction.DESTROY, ChangeAction.CREATE, ChangeAction.UPDATE]);
  });
});

describe('encoded values', () => {
  const task = (env: Array<{ name: string; value: string }>, image = 'nginx:1.27') =>
    JSON.stringify([{ name: 'app', image, essential: true, portMappings: [{ containerPort: 8080, protocol: 'tcp' }], environment: env }, { name: 'sidecar', image: 'otel:1' }]);
  const base = [
    { name: 'DATABASE_ORDERS_ENDPOINTS', value: '${aws_rds_cluster.Shard0.endpoint},${aws_rds_cluster.Shard1.endpoint},${aws_rds_cluster.Shard2.endpoint}' },
    { name: 'LOG_LEVEL', value: 'info' },
  ];

  test('an env var added to a container definition is named by its path', () => {
    const changes = changedArguments({ container_definitions: task(base) }, { container_definitions: task([...base, { name: 'FEATURE_X', value: 'on' }]) });
    expect(changes).toEqual([{ name: 'container_definitions[app].environment.FEATURE_X', before: undefined, after: '"on"' }]);
  });

  test('an env var changed in a container definition shows the changed part of its value', () => {
    const after = [{ ...base[0], value: `${base[0].value},\${aws_rds_cluster.Shard3.endpoint}` }, base[1]];
    const changes = changedArguments({ container_definitions: task(base) }, { container_definitions: task(after) });
    expect(changes).toEqual([
      { name: 'container_definitions[app].environment.DATABASE_ORDERS_ENDPOINTS', before: '"…${aws_rds_cluster.Shard2.endpoint}"', after: '"…${aws_rds_cluster.Shard2.endpoint},${aws_rds_cluster.Shard3.endpoint}"' },
    ]);
  });

  test('an env var removed from a container definition is listed as unset', () => {
    const changes = changedArguments({ container_definitions: task(base) }, { container_definitions: task([base[0]]) });
    expect(changes).toEqual([{ name: 'container_definitions[app].environment.LOG_LEVEL', before: '"info"', after: undefined }]);
  });

  test('secrets inside an encoded document stay masked', () => {
    const changes = changedArguments({ container_definitions: task([{ name: 'DB_PASSWORD', value: 'old-secret' }]) }, { container_definitions: task([{ name: 'DB_PASSWORD', value: 'new-secret' }]) });
    expect(changes).toEqual([{ name: 'container_definitions[app].environment.DB_PASSWORD', before: JSON.stringify(MASK), after: JSON.stringify(MASK) }]);
    expect(JSON.stringify(changes)).not.toMatch(/old-secret|new-secret/);
  });

  test('a statement added to a policy is the only change listed', () => {
    const read = { Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: '${aws_sqs_queue.Q.arn}' };
    const write = { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '${aws_sqs_queue.Q.arn}' };
    const policy = (...st: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: st });
    expect(changedArguments({ policy: policy(read) }, { policy: policy(read, write) })).toEqual([
      { name: 'policy.Statement[1]', before: undefined, after: '{"Action":["sqs:SendMessage"],"Effect":"Allow","Resource":"${aws_sqs_queue.Q.arn}"}' },
    ]);
    // With a Sid, the statement is named by it.
    expect(changedArguments({ policy: policy(read) }, { policy: policy(read, { Sid: 'Send', ...write }) }).map((c) => c.name)).toEqual(['policy.Statement[1]']);
    expect(changedArguments({ policy: policy({ Sid: 'Read', ...read }) }, { policy: policy({ Sid: 'Read', ...read }, { Sid: 'Send', ...write }) }).map((c) => c.name)).toEqual(['policy.Statement[Send]']);
  });

  test('a jsonencode(...) document is decoded too', () => {
    const doc = (action: string) => `\${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Action" = ["${action}"], "Resource" = aws_sqs_queue.Q.arn}]})}`;
    expect(decodeEncoded(doc('sqs:SendMessage'))).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '${aws_sqs_queue.Q.arn}' }] });
    expect(changedArguments({ policy: doc('sqs:SendMessage') }, { policy: doc('sqs:*') })).toEqual([{ name: 'policy.Statement[0].Action', before: '["sqs:SendMessage"]', after: '["sqs:*"]' }]);
    expect(parseHcl('{"a" = [1, true, null, "x,y", lookup(var.m, "k", "d")]}')).toEqual({ a: [1, true, null, 'x,y', '${lookup(var.m, "k", "d")}'] });
    expect(parseHcl('{"a" = ')).toBeUndefined();
  });

  test('a long string changed at its end shows the end, not the common prefix', () => {
    const prefix = 'x'.repeat(300);
    const [change] = changedArguments({ user_data: `${prefix} mode=blue` }, { user_data: `${prefix} mode=green` });
    expect(change).toEqual({ name: 'user_data', before: '"…mode=blue"', after: '"…mode=green"' });
    expect(changedExcerpt('abc', 'abd')).toEqual(['abc', 'abd']);
    const [b, a] = changedExcerpt(`${'y'.repeat(200)}A${'z'.repeat(200)}`, `${'y'.repeat(200)}B${'z'.repeat(200)}`);
    expect(b).toMatch(/^…y+Az+…$/);
    expect(a).toMatch(/^…y+Bz+…$/);
  });

  test('a string that is not a document is compared as a string', () => {
    expect(decodeEncoded('{not json')).toBeUndefined();
    expect(decodeEncoded('"just a string"')).toBeUndefined();
    expect(changedArguments({ description: 'a' }, { description: 'b' })).toEqual([{ name: 'description', before: '"a"', after: '"b"' }]);
  });
});
