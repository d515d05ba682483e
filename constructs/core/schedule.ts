import { ValidationIssue } from './validation';

/**
 * A recurring time: a five-field cron (`minute hour day-of-month month day-of-week`) read in an IANA
 * time zone. One value maps to every scheduler the blueprints drive:
 * - AWS Auto Scaling scheduled actions (`recurrence` + `time_zone`);
 * - EventBridge Scheduler (`cron(...)` + `schedule_expression_timezone`);
 * - Azure autoscale profile recurrence (Windows time-zone name, days, hours, minutes);
 * - Azure Functions timer triggers (six-field NCRONTAB).
 */
export interface ScheduleProps {
  /** Five fields: minute hour day-of-month month day-of-week, e.g. `0 2 * * *`. */
  readonly cron: string;
  /** IANA time zone, e.g. `Europe/Berlin`. @default 'UTC' */
  readonly timeZone?: string;
}

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day-of-week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const AZURE_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * IANA → Windows time-zone names, for Azure autoscale recurrences (which take Windows names).
 * From the CLDR windowsZones table, the zones a workload is most likely to name. Extend as needed.
 */
export const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  'Europe/London': 'GMT Standard Time',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Lisbon': 'GMT Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Vienna': 'W. Europe Standard Time',
  'Europe/Zurich': 'W. Europe Standard Time',
  'Europe/Rome': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Oslo': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'Europe/Madrid': 'Romance Standard Time',
  'Europe/Brussels': 'Romance Standard Time',
  'Europe/Copenhagen': 'Romance Standard Time',
  'Europe/Warsaw': 'Central European Standard Time',
  'Europe/Prague': 'Central Europe Standard Time',
  'Europe/Budapest': 'Central Europe Standard Time',
  'Europe/Helsinki': 'FLE Standard Time',
  'Europe/Kiev': 'FLE Standard Time',
  'Europe/Kyiv': 'FLE Standard Time',
  'Europe/Athens': 'GTB Standard Time',
  'Europe/Bucharest': 'GTB Standard Time',
  'Europe/Istanbul': 'Turkey Standard Time',
  'Europe/Moscow': 'Russian Standard Time',
  'America/New_York': 'Eastern Standard Time',
  'America/Toronto': 'Eastern Standard Time',
  'America/Chicago': 'Central Standard Time',
  'America/Denver': 'Mountain Standard Time',
  'America/Phoenix': 'US Mountain Standard Time',
  'America/Los_Angeles': 'Pacific Standard Time',
  'America/Vancouver': 'Pacific Standard Time',
  'America/Anchorage': 'Alaskan Standard Time',
  'Pacific/Honolulu': 'Hawaiian Standard Time',
  'America/Sao_Paulo': 'E. South America Standard Time',
  'America/Mexico_City': 'Central Standard Time (Mexico)',
  'America/Bogota': 'SA Pacific Standard Time',
  'America/Argentina/Buenos_Aires': 'Argentina Standard Time',
  'Asia/Tokyo': 'Tokyo Standard Time',
  'Asia/Seoul': 'Korea Standard Time',
  'Asia/Shanghai': 'China Standard Time',
  'Asia/Hong_Kong': 'China Standard Time',
  'Asia/Singapore': 'Singapore Standard Time',
  'Asia/Kolkata': 'India Standard Time',
  'Asia/Calcutta': 'India Standard Time',
  'Asia/Dubai': 'Arabian Standard Time',
  'Asia/Jakarta': 'SE Asia Standard Time',
  'Asia/Bangkok': 'SE Asia Standard Time',
  'Asia/Jerusalem': 'Israel Standard Time',
  'Africa/Johannesburg': 'South Africa Standard Time',
  'Africa/Cairo': 'Egypt Standard Time',
  'Africa/Lagos': 'W. Central Africa Standard Time',
  'Australia/Sydney': 'AUS Eastern Standard Time',
  'Australia/Melbourne': 'AUS Eastern Standard Time',
  'Australia/Brisbane': 'E. Australia Standard Time',
  'Australia/Perth': 'W. Australia Standard Time',
  'Pacific/Auckland': 'New Zealand Standard Time',
};

/** True for a time zone the runtime's ICU knows (every IANA zone and its aliases). */
export function isIanaTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0 || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A parsed cron field: the sorted values it matches, and whether it was `*`. */
interface ParsedField {
  readonly any: boolean;
  readonly values: number[];
  readonly text: string;
}

function parseField(text: string, spec: FieldSpec): ParsedField | string {
  const upper = text.toUpperCase();
  if (upper === '*' || upper === '?') return { any: true, values: range(spec.min, spec.max === 7 ? 6 : spec.max), text: '*' };
  const values = new Set<number>();
  for (const part of upper.split(',')) {
    const m = /^(\*|[A-Z0-9]+(?:-[A-Z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return `${spec.name} '${part}' is not a number, range, list or step`;
    const step = m[2] !== undefined ? Number(m[2]) : 1;
    if (step < 1) return `${spec.name} step must be at least 1`;
    let lo: number;
    let hi: number;
    if (m[1] === '*') {
      lo = spec.min;
      hi = spec.max === 7 ? 6 : spec.max;
    } else {
      const [a, b] = m[1].split('-');
      const av = toNumber(a, spec);
      const bv = b === undefined ? (m[2] !== undefined ? (spec.max === 7 ? 6 : spec.max) : av) : toNumber(b, spec);
      if (av === undefined || bv === undefined) return `${spec.name} '${part}' is outside ${spec.min}-${spec.max}`;
      if (av > bv) return `${spec.name} range '${part}' runs backwards`;
      lo = av;
      hi = bv;
    }
    for (let v = lo; v <= hi; v += step) values.add(spec.max === 7 && v === 7 ? 0 : v);
  }
  return { any: false, values: [...values].sort((x, y) => x - y), text: upper };
}

function toNumber(token: string, spec: FieldSpec): number | undefined {
  let v: number;
  if (/^\d+$/.test(token)) v = Number(token);
  else {
    const idx = spec.names?.indexOf(token) ?? -1;
    if (idx < 0) return undefined;
    v = spec.name === 'month' ? idx + 1 : idx;
  }
  return v >= spec.min && v <= spec.max ? v : undefined;
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi; v++) out.push(v);
  return out;
}

/** The parts of an Azure autoscale recurrence. */
export interface AzureRecurrence {
  readonly timezone: string;
  readonly days: string[];
  readonly hours: number[];
  readonly minutes: number[];
}

/**
 * A validated cron schedule. Build one with {@link Schedule.cron}; check {@link Schedule.issues}
 * (or let a blueprint do it) before mapping it to a cloud.
 */
export class Schedule {
  /** Checks a schedule and returns every problem, each at `path` (`schedules[0]`). */
  public static validate(props: ScheduleProps, path: string, codePrefix = 'Schedule', forAutoscale = false): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    const fields = typeof props.cron === 'string' ? props.cron.trim().split(/\s+/) : [];
    if (fields.length !== 5) {
      issues.push({ code: `${codePrefix}CronMalformed`, path, prop: `${path}.cron`, value: props.cron, allowed: 'five fields: minute hour day-of-month month day-of-week', fix: "Write it like '0 2 * * *' (02:00 every day)." });
    } else {
      const errors = fields.map((f, i) => parseField(f, FIELDS[i])).filter((r): r is string => typeof r === 'string');
      if (errors.length > 0) {
        issues.push({ code: `${codePrefix}CronMalformed`, path, prop: `${path}.cron`, value: props.cron, allowed: 'a valid five-field cron', fix: `Fix the ${errors.join('; ')}.` });
      }
    }
    const tz = props.timeZone ?? 'UTC';
    if (!isIanaTimeZone(tz)) {
      issues.push({ code: `${codePrefix}TimeZoneUnknown`, path, prop: `${path}.timeZone`, value: props.timeZone, allowed: 'an IANA time zone such as "Europe/Berlin" or "UTC"', fix: 'Use a name from the IANA tz database.' });
    }
    if (forAutoscale && issues.length === 0) {
      const s = new Schedule(props.cron.trim().split(/\s+/).join(' '), tz);
      if (!s.azureRecurrenceSupported) {
        issues.push({ code: `${codePrefix}NotWeekly`, path, prop: `${path}.cron`, value: props.cron, allowed: `a weekly recurrence with fixed minutes and hours, any day-of-month and month, in a zone listed in WINDOWS_TIME_ZONES (got zone ${JSON.stringify(tz)})`, fix: "Azure autoscale profiles recur weekly: use a form like '0 8 * * MON-FRI'." });
      }
    }
    return issues;
  }

  /** Parses and validates; throws on a malformed cron or unknown zone. */
  public static cron(cron: string, timeZone = 'UTC'): Schedule {
    const issues = Schedule.validate({ cron, timeZone }, 'schedule');
    if (issues.length > 0) throw new Error(issues.map((i) => `[${i.code}] ${i.prop} must be ${i.allowed}, got ${JSON.stringify(i.value)}. ${i.fix}`).join('\n'));
    return new Schedule(cron.trim().split(/\s+/).join(' '), timeZone);
  }

  private readonly fields: ParsedField[];

  private constructor(
    public readonly expression: string,
    public readonly timeZone: string,
  ) {
    this.fields = expression.split(' ').map((f, i) => parseField(f, FIELDS[i]) as ParsedField);
  }

  /** AWS Auto Scaling `recurrence` (plain cron) and `time_zone` (IANA). */
  public toAwsAutoscaling(): { recurrence: string; timeZone: string } {
    return { recurrence: this.expression, timeZone: this.timeZone };
  }

  /**
   * EventBridge Scheduler: six fields with a year, `?` in day-of-month or day-of-week, and named
   * days (EventBridge numbers days 1–7 from Sunday, unlike cron).
   * @throws when both day-of-month and day-of-week are restricted (EventBridge cannot express it).
   */
  public toEventBridge(): { expression: string; timeZone: string } {
    const [minute, hour, dom, month, dow] = this.fields;
    if (!dom.any && !dow.any) throw new Error(`cron '${this.expression}' restricts both day-of-month and day-of-week; EventBridge allows only one.`);
    const dowText = dow.any ? '?' : dow.values.map((d) => DAY_NAMES[d]).join(',');
    const domText = dow.any ? dom.text : '?';
    return { expression: `cron(${minute.text} ${hour.text} ${domText} ${month.text} ${dowText} *)`, timeZone: this.timeZone };
  }

  /** Six-field NCRONTAB for Azure Functions timer triggers (seconds first). */
  public toNcrontab(): string {
    const [minute, hour, dom, month, dow] = this.fields;
    const dowText = dow.any ? '*' : dow.values.join(',');
    return `0 ${minute.text} ${hour.text} ${dom.text} ${month.text} ${dowText}`;
  }

  /** True when the schedule can be an Azure autoscale recurrence (fixed times, weekly). */
  public get azureRecurrenceSupported(): boolean {
    const [minute, hour, dom, month] = this.fields;
    return dom.any && month.any && !minute.any && !hour.any && WINDOWS_TIME_ZONES[this.timeZone] !== undefined;
  }

  /**
   * Azure autoscale profile recurrence: a Windows time-zone name, the days, hours and minutes.
   * @throws when the cron restricts day-of-month or month, or the zone has no Windows name.
   */
  public toAzureRecurrence(): AzureRecurrence {
    const [minute, hour, dom, month, dow] = this.fields;
    if (!dom.any || !month.any) throw new Error(`cron '${this.expression}' restricts day-of-month or month; Azure autoscale recurrences are weekly.`);
    const timezone = WINDOWS_TIME_ZONES[this.timeZone];
    if (!timezone) throw new Error(`time zone '${this.timeZone}' has no Windows name in WINDOWS_TIME_ZONES; add it there.`);
    return { timezone, days: dow.values.map((d) => AZURE_DAYS[d]), hours: hour.values, minutes: minute.values };
  }
}
