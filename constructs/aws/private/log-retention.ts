import { AWS_LOG_RETENTION_DAYS } from '../../core/monitoring';

/** The closest CloudWatch Logs retention at or above the days asked for. */
export function awsLogRetention(days: number): number {
  return AWS_LOG_RETENTION_DAYS.find((d) => d >= days) ?? 3653;
}
