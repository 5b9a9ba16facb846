import { describe, expect, it } from 'vitest';
import { fieldIssuesFromZod } from '../../shared/messages/zod-issues';
import { ApplicationInput, applicationLifecycle } from '../../shared/models/application';

const ID = '0190f1a2-0000-7000-8000-000000000011';

describe('application lifecycle', () => {
  it('screens submitted applications, decides screened ones, and lets an applicant withdraw until then', () => {
    expect(applicationLifecycle.next('submitted')).toEqual(['screening', 'withdrawn']);
    expect(applicationLifecycle.next('screening')).toEqual(['accepted', 'rejected', 'withdrawn']);
    expect(['accepted', 'rejected', 'withdrawn'].every((s) => applicationLifecycle.isFinal(s as 'accepted'))).toBe(true);
    expect(applicationLifecycle.problems({ status: 'submitted' }, 'accepted').map((p) => p.message)).toEqual([
      'An application that is submitted cannot become accepted.',
    ]);
    expect(applicationLifecycle.path('submitted', 'accepted')).toEqual(['screening', 'accepted']);
  });
});

describe('application input', () => {
  const input = (score: unknown) => ApplicationInput.safeParse({ applicantId: ID, intakeId: ID, submittedOn: '2026-04-10', score });
  const messages = (score: unknown) => {
    const parsed = input(score);
    return parsed.success ? [] : fieldIssuesFromZod(parsed.error.issues).map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('takes a score from 0 to 100 to one decimal, or none', () => {
    expect([input(0).success, input(100).success, input(87.5).success, input(null).success]).toEqual([true, true, true, true]);
    expect(messages(100.1)).toEqual(['score: At most 100.']);
    expect(messages(-0.5)).toEqual(['score: At least 0.']);
    expect(messages(66.67)).toEqual(['score: Give the score with one decimal at most, e.g. 87.5.']);
  });

  it('needs the applicant, the intake and the day it was submitted', () => {
    const parsed = ApplicationInput.safeParse({});
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['applicantId', 'intakeId', 'submittedOn']);
  });
});
