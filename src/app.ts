import { App } from 'cdktf';
import { AwsKitFactory } from '../constructs/aws/kit';
import { AzureKitFactory } from '../constructs/azure/kit';
import { CLOUDS, Cloud } from '../constructs/core/cloud';
import { IKitFactory } from '../constructs/core/kit';
import { LoadedWorkload } from '../constructs/core/workload';
import { BlueprintStack, BlueprintStackProps, STRATEGIES, Strategy, stackId } from '../stacks/base';
import { RefactorStack } from '../stacks/refactor';
import { ReplatformStack } from '../stacks/replatform';
import { RehostStack } from '../stacks/rehost';

/** Every stack id, in the order they are built: `rehost-aws`, `rehost-azure`, … */
export const ALL_STACK_IDS: readonly string[] = STRATEGIES.flatMap((s) => CLOUDS.map((c) => stackId(s, c)));

const FACTORIES: Record<Cloud, IKitFactory> = { [Cloud.AWS]: new AwsKitFactory(), [Cloud.AZURE]: new AzureKitFactory() };

const CLASSES: Record<Strategy, new (app: App, id: string, props: BlueprintStackProps) => BlueprintStack> = {
  [Strategy.REHOST]: RehostStack,
  [Strategy.REPLATFORM]: ReplatformStack,
  [Strategy.REFACTOR]: RefactorStack,
};

/**
 * Adds the migration stacks for a workload to an app.
 * @param only stack ids to build (`['refactor-aws']`); all six when omitted.
 */
export function addStacks(app: App, loaded: LoadedWorkload, only?: readonly string[]): BlueprintStack[] {
  const stacks: BlueprintStack[] = [];
  for (const strategy of STRATEGIES) {
    for (const cloud of CLOUDS) {
      const id = stackId(strategy, cloud);
      if (only && !only.includes(id)) continue;
      stacks.push(new CLASSES[strategy](app, id, { loaded, kitFactory: FACTORIES[cloud] }));
    }
  }
  return stacks;
}
