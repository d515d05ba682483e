import { Testing } from 'cdktf';
import { ALL_STACK_IDS, addStacks } from '../../src/app';
import { shop } from '../helpers';
import { defaultStackJson } from '../default-synth';

// The only snapshots in the suite: one per whole stack of the default workload. A diff here is a
// change to what users deploy; review it like the PR review would (npm run review). They read the
// shared synth of the six stacks (test/default-synth.ts), which other suites read too.
describe('stack snapshots', () => {
  test.each(ALL_STACK_IDS)('%s', (id) => {
    expect(JSON.parse(defaultStackJson(id))).toMatchSnapshot();
  });

  test('the shared synth prints exactly what Testing.synth prints for the same stack', () => {
    const [stack] = addStacks(Testing.app(), shop(), ['refactor-azure']);
    expect(defaultStackJson('refactor-azure')).toBe(Testing.synth(stack));
  });
});
