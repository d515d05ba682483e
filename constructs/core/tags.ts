import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformResource } from 'cdktf';

/** The tags every taggable resource of a stack carries. */
export interface StandardTagsProps {
  readonly project: string;
  readonly environment: string;
  readonly owner: string;
  readonly costCenter: string;
}

/** Tag keys, identical on both clouds so cost reports can be joined. */
export const STANDARD_TAG_KEYS = ['project', 'environment', 'owner', 'cost-center', 'managed-by'] as const;

export const MANAGED_BY = 'scaling-blueprints';

export function standardTags(props: StandardTagsProps): Record<string, string> {
  return {
    project: props.project,
    environment: props.environment,
    owner: props.owner,
    'cost-center': props.costCenter,
    'managed-by': MANAGED_BY,
  };
}

interface TaggableResource {
  tags: Record<string, string>;
  readonly tagsInput?: Record<string, string>;
}

interface AsgLike {
  readonly tagInput?: unknown;
  putTag(value: Array<{ key: string; value: string; propagateAtLaunch: boolean }>): void;
}

function isTaggable(node: IConstruct): node is TerraformResource & TaggableResource {
  if (!TerraformResource.isTerraformResource(node)) return false;
  // Generated provider classes expose `tags` with a setter and a `tagsInput` getter.
  let proto = Object.getPrototypeOf(node);
  while (proto && proto !== TerraformResource.prototype) {
    const d = Object.getOwnPropertyDescriptor(proto, 'tags');
    if (d) return typeof d.set === 'function' && Object.getOwnPropertyDescriptor(proto, 'tagsInput') !== undefined;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

/**
 * Adds the standard tags to every taggable resource below a scope, including the resources that
 * blueprints create internally. Tags a user set on a resource win over the standard ones.
 *
 * Auto Scaling groups carry tags as `tag` blocks; they get the standard tags with
 * `propagate_at_launch` so the instances they start are tagged too.
 */
export class StandardTagsAspect implements IAspect {
  private readonly tags: Record<string, string>;

  constructor(tags: Record<string, string>) {
    this.tags = tags;
  }

  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    if (node.terraformResourceType === 'aws_autoscaling_group' && typeof (node as unknown as AsgLike).putTag === 'function') {
      const asg = node as unknown as AsgLike;
      const existing = Array.isArray(asg.tagInput) ? (asg.tagInput as Array<{ key: string; value: string; propagateAtLaunch: boolean }>) : [];
      const userKeys = new Set(existing.map((t) => t.key));
      const added = Object.entries(this.tags)
        .filter(([k]) => !userKeys.has(k))
        .map(([key, value]) => ({ key, value, propagateAtLaunch: true }));
      asg.putTag([...existing, ...added]);
      return;
    }
    if (!isTaggable(node)) return;
    const current = node.tagsInput;
    if (current !== undefined && (typeof current !== 'object' || Array.isArray(current))) return; // a token: leave it alone
    node.tags = { ...this.tags, ...(current ?? {}) };
  }
}

/** Applies {@link StandardTagsAspect} to a scope (usually a stack). */
export function applyStandardTags(scope: IConstruct, props: StandardTagsProps): void {
  Aspects.of(scope).add(new StandardTagsAspect(standardTags(props)));
}
