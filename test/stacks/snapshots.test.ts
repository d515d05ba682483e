import { Testing } from 'cdktf';
import { ALL_STACK_IDS, addStacks } from '../../src/app';
import { shop } from '../helpers';

// The only snapshots in the suite: one per whole stack of the default workload. A diff here is a
// change to what users deploy; review it like the PR review would (npm run review).
describe('stack snapshots', () => {
  test.each(ALL_STACK_IDS)('%s', (id) => {
    const app = Testing.app();
    const [stack] = addStacks(app, shop(), [id]);
    expect(JSON.parse(Testing.synth(stack))).toMatchSnapshot();
  });
});
