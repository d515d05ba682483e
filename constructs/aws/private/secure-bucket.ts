/**
 * The hardened private S3 bucket the AWS blueprints keep logs, archives and fallback pages in:
 * no public access, encrypted at rest, TLS-only, optionally versioned and expired. Internal: not
 * part of the public API. The child ids are `<id>`, `<id>PublicAccessBlock`, `<id>Ownership`,
 * `<id>Encryption`, `<id>Versioning`, `<id>Lifecycle` and `<id>Policy`, in the blueprint's scope:
 * the Terraform addresses the blueprints had before the helper.
 */
import { Construct } from 'constructs';
import { Fn } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration, S3BucketLifecycleConfigurationRule } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA, S3BucketServerSideEncryptionConfigurationRuleA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';

export interface SecureBucketProps {
  /** The bucket name. Give this or `bucketPrefix`. */
  readonly bucket?: string;
  /** A name prefix S3 completes with a unique suffix. */
  readonly bucketPrefix?: string;
  /** @default - not set (Terraform's default, false) */
  readonly forceDestroy?: boolean;
  /** The default encryption rule (SSE-S3, or SSE-KMS where the writer supports it). */
  readonly encryption: S3BucketServerSideEncryptionConfigurationRuleA;
  /**
   * Object ownership: `BucketOwnerEnforced` (ACLs off), or `BucketOwnerPreferred` for writers that
   * deliver with an ACL grant (CloudFront standard logs).
   * @default - no ownership controls
   */
  readonly objectOwnership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred';
  /** @default false */
  readonly versioned?: boolean;
  /** @default - no lifecycle configuration */
  readonly lifecycleRules?: S3BucketLifecycleConfigurationRule[];
}

/** What {@link secureBucket} made, for the blueprint's fields and dependencies. */
export interface SecureBucket {
  readonly bucket: S3Bucket;
  readonly ownership?: S3BucketOwnershipControls;
}

/** A private bucket: public access blocked, default encryption, and the optional parts asked for. */
export function secureBucket(scope: Construct, id: string, props: SecureBucketProps): SecureBucket {
  const bucket = new S3Bucket(scope, id, { bucket: props.bucket, bucketPrefix: props.bucketPrefix, forceDestroy: props.forceDestroy });
  new S3BucketPublicAccessBlock(scope, `${id}PublicAccessBlock`, { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  const ownership = props.objectOwnership !== undefined ? new S3BucketOwnershipControls(scope, `${id}Ownership`, { bucket: bucket.id, rule: { objectOwnership: props.objectOwnership } }) : undefined;
  new S3BucketServerSideEncryptionConfigurationA(scope, `${id}Encryption`, { bucket: bucket.id, rule: [props.encryption] });
  if (props.versioned) new S3BucketVersioningA(scope, `${id}Versioning`, { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });
  if (props.lifecycleRules !== undefined) new S3BucketLifecycleConfiguration(scope, `${id}Lifecycle`, { bucket: bucket.id, rule: props.lifecycleRules });
  return { bucket, ownership };
}

/** The statement that refuses every request to the bucket that does not come over TLS. */
export function tlsOnlyStatement(bucketArn: string): object {
  return { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucketArn, `${bucketArn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
}

/** The bucket policy `<id>Policy`: the given statements, then the TLS-only deny. */
export function tlsOnlyBucketPolicy(scope: Construct, id: string, bucket: S3Bucket, statements: object[] = []): S3BucketPolicy {
  return new S3BucketPolicy(scope, `${id}Policy`, { bucket: bucket.id, policy: Fn.jsonencode({ Version: '2012-10-17', Statement: [...statements, tlsOnlyStatement(bucket.arn)] }) });
}
