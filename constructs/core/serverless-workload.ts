/**
 * Workload-file rules of the serverless and resilience area: the blueprints' rule tables applied
 * to the workload's `functions`, `throttling` and `features`, with JSON paths.
 */
import { FLAG_NAME_RE } from './feature-flags';
import { SERVERLESS_FUNCTION_RULES, ServerlessFunctionProps, functionScheduleIssues } from './function';
import { THROTTLING_RULES } from './throttling';
import { ValidationIssue, checkRules } from './validation';
import { FunctionSpec, Workload } from './workload';

/** Neutral function props from a workload function (without the source folder, checked elsewhere). */
export function functionPropsFromSpec(spec: FunctionSpec, sourcePath: string): ServerlessFunctionProps {
  return {
    sourcePath,
    description: spec.description,
    handler: spec.handler,
    memoryMiB: spec.memoryMiB,
    timeoutSeconds: spec.timeoutSeconds,
    reservedConcurrency: spec.reservedConcurrency,
    queueMaxConcurrency: spec.trigger?.queue !== undefined ? spec.trigger.maxConcurrency : undefined,
    schedule: spec.trigger?.schedule,
    httpApiEnabled: spec.trigger?.http === true ? true : undefined,
  };
}

/** Every problem of the serverless parts of a workload. */
export function serverlessWorkloadIssues(w: Workload, source: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const fnRules = SERVERLESS_FUNCTION_RULES.filter((r) => r.code !== 'FunctionSourceMissing');
  for (const [name, spec] of Object.entries(w.functions ?? {})) {
    const props = functionPropsFromSpec(spec, '');
    issues.push(...checkRules(fnRules, props, source, `functions.${name}.`));
    // The cron and zone themselves are checked with the Schedule rules; this adds what EventBridge cannot express.
    issues.push(...functionScheduleIssues(props, `functions.${name}.trigger.schedule`).filter((i) => i.code === 'FunctionScheduleDayConflict').map((i) => ({ ...i, path: source })));
  }
  if (w.throttling) {
    issues.push(...checkRules(THROTTLING_RULES, { requestsPerWindow: w.throttling.requestsPerWindow, windowSeconds: w.throttling.windowSeconds }, source, 'throttling.'));
  }
  const seen = new Map<string, string>();
  for (const name of Object.keys(w.features ?? {})) {
    if (!FLAG_NAME_RE.test(name)) {
      issues.push({ code: 'FeatureFlagsNameInvalid', path: source, prop: `features.${name}`, value: name, allowed: 'letters, digits, "_" and "-", starting with a letter, at most 64 characters', fix: 'Rename the flag.' });
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      issues.push({ code: 'FeatureFlagsDuplicateName', path: source, prop: `features.${name}`, value: name, allowed: `unique ignoring case (already declared as "${seen.get(key)}")`, fix: 'Declare each flag once.' });
    } else seen.set(key, name);
  }
  return issues;
}
