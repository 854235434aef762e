import { planSessionJobs } from './session-plan';

describe('planSessionJobs', () => {
  const session = { id: 's1', startsAt: new Date('2027-03-10T18:00:00Z'), endsAt: new Date('2027-03-10T19:30:00Z') };
  const units = { minuteMs: 60_000, hourMs: 3_600_000 };

  it('plans a reminder per lead time, with ids that name the session, lead and start', () => {
    const jobs = planSessionJobs({
      session,
      settings: { reminderLeadMinutes: [1440, 120], lowRegistrationLeadHours: 48 },
      workshop: { minAttendance: null, followUpResources: null },
      units,
    });
    expect(jobs).toEqual([
      {
        name: 'remind',
        jobId: 'remind-s1-1440-1804701600000',
        payload: { sessionId: 's1', leadMinutes: 1440, startsAtMs: 1804701600000 },
        fireAt: new Date('2027-03-09T18:00:00Z'),
      },
      {
        name: 'remind',
        jobId: 'remind-s1-120-1804701600000',
        payload: { sessionId: 's1', leadMinutes: 120, startsAtMs: 1804701600000 },
        fireAt: new Date('2027-03-10T16:00:00Z'),
      },
    ]);
    expect(jobs.every((j) => !j.jobId.includes(':'))).toBe(true);
  });

  it('adds the low-registration check and the follow-up when the workshop has them', () => {
    const jobs = planSessionJobs({
      session,
      settings: { reminderLeadMinutes: [], lowRegistrationLeadHours: 48 },
      workshop: { minAttendance: 5, followUpResources: 'Hotline 988' },
      units,
    });
    expect(jobs.map((j) => [j.name, j.fireAt.toISOString()])).toEqual([
      ['check-low-registration', '2027-03-08T18:00:00.000Z'],
      ['follow-up', '2027-03-10T20:00:00.000Z'],
    ]);
  });

  it('moves every job with the session', () => {
    const plan = (startsAt: Date) =>
      planSessionJobs({
        session: { ...session, startsAt },
        settings: { reminderLeadMinutes: [60], lowRegistrationLeadHours: 1 },
        workshop: { minAttendance: 1, followUpResources: null },
        units,
      }).map((j) => j.jobId);
    expect(plan(new Date('2027-03-11T18:00:00Z'))).not.toEqual(expect.arrayContaining(plan(session.startsAt)));
  });
});
