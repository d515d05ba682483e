import { Schedule, isIanaTimeZone } from '../../../constructs/core/schedule';

const codes = (cron: string, timeZone?: string, forAutoscale = false) => Schedule.validate({ cron, timeZone }, 'schedules[0]', 'Schedule', forAutoscale).map((i) => i.code);

describe('schedules', () => {
  test('valid crons pass', () => {
    for (const c of ['0 2 * * *', '*/15 8-18 * * MON-FRI', '30 7 1 JAN,JUL *', '0 0 * * 0,6', '5,35 * * * *']) expect(codes(c, 'Europe/Berlin')).toEqual([]);
  });
  test('fails when a cron does not have five fields', () => {
    expect(codes('0 2 * *')).toEqual(['ScheduleCronMalformed']);
    expect(codes('0 0 2 * * *')).toEqual(['ScheduleCronMalformed']);
  });
  test('fails when a field is out of range or malformed', () => {
    expect(codes('60 2 * * *')).toEqual(['ScheduleCronMalformed']);
    expect(codes('0 24 * * *')).toEqual(['ScheduleCronMalformed']);
    expect(codes('0 2 * * FUNDAY')).toEqual(['ScheduleCronMalformed']);
    expect(codes('0 5-2 * * *')).toEqual(['ScheduleCronMalformed']);
  });
  test('fails when the time zone is unknown', () => {
    expect(codes('0 2 * * *', 'Mars/Olympus')).toEqual(['ScheduleTimeZoneUnknown']);
    expect(codes('0 2 * * *', 'not a zone')).toEqual(['ScheduleTimeZoneUnknown']);
    expect(isIanaTimeZone('America/New_York')).toBe(true);
  });
  test('fails for autoscale windows that are not weekly', () => {
    expect(codes('0 8 1 * *', 'UTC', true)).toEqual(['ScheduleNotWeekly']);
    expect(codes('0 8 * * MON-FRI', 'UTC', true)).toEqual([]);
  });
  test('both errors at once', () => expect(codes('bad', 'Nowhere/Land')).toEqual(['ScheduleCronMalformed', 'ScheduleTimeZoneUnknown']));

  test('maps to AWS Auto Scaling as-is with the IANA zone', () => {
    expect(Schedule.cron('0 7 * * MON-FRI', 'Europe/Berlin').toAwsAutoscaling()).toEqual({ recurrence: '0 7 * * MON-FRI', timeZone: 'Europe/Berlin' });
  });
  test('maps to EventBridge Scheduler with a year field, ? and named days', () => {
    expect(Schedule.cron('0 2 * * *', 'Europe/Berlin').toEventBridge()).toEqual({ expression: 'cron(0 2 * * ? *)', timeZone: 'Europe/Berlin' });
    expect(Schedule.cron('0 7 * * 1-5').toEventBridge().expression).toBe('cron(0 7 ? * MON,TUE,WED,THU,FRI *)');
    expect(Schedule.cron('0 7 * * 0').toEventBridge().expression).toBe('cron(0 7 ? * SUN *)');
    expect(() => Schedule.cron('0 7 1 * MON').toEventBridge()).toThrow(/both day-of-month and day-of-week/);
  });
  test('maps to an Azure autoscale recurrence with the Windows zone name', () => {
    expect(Schedule.cron('0 7 * * MON-FRI', 'Europe/Berlin').toAzureRecurrence()).toEqual({
      timezone: 'W. Europe Standard Time',
      days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      hours: [7],
      minutes: [0],
    });
    expect(Schedule.cron('30 20 * * *').toAzureRecurrence().days).toHaveLength(7);
  });
  test('maps to a six-field NCRONTAB for Azure Functions', () => {
    expect(Schedule.cron('0 2 * * *').toNcrontab()).toBe('0 0 2 * * *');
    expect(Schedule.cron('0 7 * * MON-FRI').toNcrontab()).toBe('0 0 7 * * 1,2,3,4,5');
  });
  test('Schedule.cron throws with the code on bad input', () => {
    expect(() => Schedule.cron('0 2 * *', 'UTC')).toThrow(/ScheduleCronMalformed/);
  });
});
