/**
 * Workload mapping, observability and cost area: the workload's `alerts`, `monitoring` and `budget`
 * as neutral Monitoring, CostAlerts and LogSearch props (`observabilityPropsFromWorkload`), and the
 * blueprints' rules applied to them with JSON paths (`observabilityWorkloadIssues`).
 */
import { COST_ALERTS_RULES, CostAlertsProps, budgetThresholdInvalid } from '../cost-alerts';
import { LOG_SEARCH_DEFAULTS, LOG_SEARCH_RULES, LogSearchProps } from '../log-search';
import { MONITORING_RULES, MonitoringProps, PORTABLE_LOG_RETENTION_DAYS, isEmail } from '../monitoring';
import { ValidationIssue, checkRules } from '../validation';
import { LogSearchSpec, Workload } from '../workload';

/** The observability area of a workload as neutral props, one entry per blueprint. */
export interface ObservabilityWorkloadProps {
  /** Monitoring props from `alerts` and `monitoring`. */
  readonly monitoring: MonitoringProps;
  /**
   * CostAlerts props from `budget`. The budget notifies the alert channel (Monitoring routes it),
   * to which the alert e-mails are subscribed: the e-mails are not repeated on the budget.
   */
  readonly costAlerts: CostAlertsProps;
  /** LogSearch props from `monitoring.logSearch`, when it is enabled. */
  readonly logSearch?: LogSearchProps;
}

/**
 * The workload's observability area as neutral props.
 * @param zoneCount the network's zone count, which log search spreads its nodes over
 */
export function observabilityPropsFromWorkload(w: Workload, zoneCount?: number): ObservabilityWorkloadProps {
  return {
    monitoring: {
      alertEmails: w.alerts.emails,
      alertWebhooks: w.alerts.webhooks,
      logRetentionDays: w.monitoring?.logRetentionDays,
      alarmOverrides: w.monitoring?.alarms,
      prometheusEnabled: w.monitoring?.prometheus,
    },
    costAlerts: {
      monthlyBudgetUsd: w.budget.monthlyUsd,
      actualThresholdsPercent: w.budget.actualThresholdsPercent,
      forecastThresholdsPercent: w.budget.forecastThresholdsPercent,
    },
    logSearch: w.monitoring?.logSearch?.enabled === true ? logSearchProps(w.monitoring.logSearch, zoneCount) : undefined,
  };
}

/**
 * Every problem of the observability area: log search (only when enabled), then monitoring and
 * alerts, then the budget. The same codes as the constructs.
 */
export function observabilityWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  return [...logSearchIssues(w.monitoring?.logSearch, w.network?.zoneCount, source), ...monitoringIssues(w, source), ...costAlertsIssues(w, source)];
}

/** The workload's `monitoring.logSearch` as neutral props. */
function logSearchProps(spec: LogSearchSpec | undefined, zoneCount?: number): LogSearchProps {
  return {
    instanceCount: spec?.instanceCount,
    storageGiB: spec?.storageGiB,
    retentionDays: spec?.retentionDays,
    dedicatedMastersEnabled: spec?.dedicatedMasters,
    zoneCount,
  };
}

/**
 * Workload-file rules for `monitoring.logSearch`, with the same codes as the construct. Checked
 * only when log search is enabled.
 */
function logSearchIssues(spec: LogSearchSpec | undefined, networkZoneCount: number | undefined, source: string): ValidationIssue[] {
  if (!spec?.enabled) return [];
  const issues = checkRules(LOG_SEARCH_RULES, logSearchProps(spec, networkZoneCount ?? LOG_SEARCH_DEFAULTS.zoneCount), source, 'monitoring.logSearch.');
  // zoneCount comes from network.zoneCount in the workload file: name it there.
  return issues.map((i) => (i.prop === 'monitoring.logSearch.zoneCount' ? { ...i, prop: 'network.zoneCount' } : i));
}

/**
 * The workload-file rules of `monitoring` and `alerts`: the same codes as the constructs. The
 * retention must suit both clouds, since one file builds stacks on both.
 */
function monitoringIssues(w: Workload, source: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  (w.alerts?.emails ?? []).forEach((e, i) => {
    if (!isEmail(e)) issues.push({ code: 'MonitoringEmailInvalid', path: source, prop: `alerts.emails[${i}]`, value: e, allowed: 'an e-mail address', fix: 'Write it as name@domain.tld.' });
  });
  // Webhooks are checked by the schema (^https://); override thresholds by the table's rule.
  const props: MonitoringProps = { alarmOverrides: w.monitoring?.alarms };
  issues.push(...checkRules(MONITORING_RULES.filter((r) => r.code === 'MonitoringAlarmThresholdInvalid'), props, source).map((i) => ({ ...i, prop: 'monitoring.alarms' })));
  const days = w.monitoring?.logRetentionDays;
  if (days !== undefined && !PORTABLE_LOG_RETENTION_DAYS.includes(days)) {
    issues.push({
      code: 'MonitoringLogRetentionNotAllowed',
      path: source,
      prop: 'monitoring.logRetentionDays',
      value: days,
      allowed: `one of ${PORTABLE_LOG_RETENTION_DAYS.join(', ')} (kept by both CloudWatch Logs and Log Analytics)`,
      fix: 'Pick the next allowed value up.',
    });
  }
  return issues;
}

/**
 * The workload-file rules of `budget`: the same codes as the construct, one issue per bad entry with
 * its JSON path (`budget.actualThresholdsPercent[1]`).
 */
function costAlertsIssues(w: Workload, source: string): ValidationIssue[] {
  const b = w.budget;
  if (!b) return [];
  const issues = checkRules(COST_ALERTS_RULES.filter((r) => r.code === 'CostAlertsBudgetNotPositive'), { monthlyBudgetUsd: b.monthlyUsd }, source, '').map((i) => ({ ...i, prop: 'budget.monthlyUsd' }));
  for (const key of ['actualThresholdsPercent', 'forecastThresholdsPercent'] as const) {
    (b[key] ?? []).forEach((v, i) => {
      if (budgetThresholdInvalid(v)) issues.push({ code: 'CostAlertsThresholdOutOfRange', path: source, prop: `budget.${key}[${i}]`, value: v, allowed: 'a percent in (0, 1000]', fix: 'Use a percent such as 80 or 100.' });
    });
  }
  return issues;
}
