/**
 * Neutral references one blueprint hands to another, so that blueprints of different areas wire
 * together without knowing each other's cloud classes. Each cloud fills them with its own ids.
 */

/** A queue that a consumer reads and scales on (backpressure, seed §4.3). */
export interface IQueueRef {
  /** The queue's name (AWS: SQS queue name; Azure: Service Bus queue name). */
  readonly queueName: string;
  /** AWS: the queue ARN. Azure: the Service Bus queue resource id. */
  readonly queueId: string;
  /** AWS: the queue URL. @default - not on Azure */
  readonly queueUrl?: string;
  /** Azure: the Service Bus namespace resource id (the metric source for scaling rules). */
  readonly namespaceId?: string;
  /** Azure: the Service Bus namespace name. */
  readonly namespaceName?: string;
  /** The dead-letter queue's ARN (AWS); Azure dead-letters into the queue's own sub-queue. */
  readonly deadLetterQueueId?: string;
}

/** Where throttling is enforced. */
export enum ThrottlingScope {
  /** In front of a regional load balancer or API (AWS REGIONAL web ACL; Azure Application Gateway WAF policy). */
  REGIONAL = 'regional',
  /** In front of the edge cache (AWS CLOUDFRONT web ACL in us-east-1; Azure Front Door WAF policy). */
  EDGE = 'edge',
}

/** A web application firewall carrying the rate limits, ready to attach to a target. */
export interface IThrottling {
  /** AWS: the web ACL ARN. Azure: the WAF policy resource id. */
  readonly wafId: string;
  readonly scope: ThrottlingScope;
  /**
   * Called by the blueprint the WAF is attached to, with that blueprint's resource id. Where a
   * cloud reports WAF metrics on the target rather than on the policy (Azure: the Application
   * Gateway or the Front Door profile), the WAF's golden signal is declared from it.
   */
  watchTarget?(targetResourceId: string): void;
}

/** Something with an HTTP(S) endpoint that an edge cache or a client can reach. */
export interface IHttpEndpoint {
  /** The host name clients or an edge cache use (load balancer DNS name, web app host name). */
  readonly endpointHostname: string;
}
