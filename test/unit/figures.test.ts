import { describe, expect, it } from 'vitest';
import { businessCalendar } from '@shared/calendar/businessDays';
import * as dashboardTables from '../../cms/components/Reports/tables';
import { csvField, csvLine, figureRows, figuresToCsv } from '../../cms/reports/csv';
import { deadlineOutcome, deadlinePerformance, metPercent, tallyOutcomes } from '../../cms/reports/deadlines';
import { summarise, type CaseRecord } from '../../cms/reports/summarise';
import { berlinMonth, countBy, median, monthSpan } from '../../cms/reports/tally';

const now = new Date('2026-03-20T12:00:00Z');

describe('grouping', () => {
  it('counts every expected key in order, zero included, then unexpected values alphabetically', () => {
    expect(countBy(['de', 'nl', 'de', 'xx', 'aa'], ['nl', 'en', 'de'])).toEqual([
      { key: 'nl', count: 1 },
      { key: 'en', count: 0 },
      { key: 'de', count: 2 },
      { key: 'aa', count: 1 },
      { key: 'xx', count: 1 },
    ]);
  });

  it('counts records without a value as unspecified, so the groups add up to the total', () => {
    expect(countBy(['billing', null, undefined, ''], ['billing'])).toEqual([
      { key: 'billing', count: 1 },
      { key: 'unspecified', count: 3 },
    ]);
  });

  it('puts an instant in its Berlin month: late on 31 March UTC is already April', () => {
    expect(berlinMonth('2026-03-31T21:59:59Z')).toBe('2026-03');
    expect(berlinMonth('2026-03-31T22:00:00Z')).toBe('2026-04');
    expect(berlinMonth('2025-12-31T23:30:00Z')).toBe('2026-01');
  });

  it('lists every month between two, across a year end', () => {
    expect(monthSpan('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthSpan('2026-03', '2026-03')).toEqual(['2026-03']);
  });
});

describe('median', () => {
  it('takes the middle value, the mean of the two middle ones for an even count, none for no values', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 10, 2])).toBe(3);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('deadline outcomes', () => {
  const dueAt = '2026-03-04T22:59:59.999Z';

  it('counts a step done by the due time as met, the last millisecond included', () => {
    expect(deadlineOutcome({ doneAt: '2026-03-03T10:00:00Z', dueAt, now })).toBe('met');
    expect(deadlineOutcome({ doneAt: dueAt, dueAt, now })).toBe('met');
  });

  it('counts a late step, or none once the due time passed, as missed', () => {
    expect(deadlineOutcome({ doneAt: '2026-03-05T08:00:00Z', dueAt, now })).toBe('missed');
    expect(deadlineOutcome({ dueAt, now })).toBe('missed');
  });

  it('counts a step not yet due as open', () => {
    expect(deadlineOutcome({ dueAt, now: new Date('2026-03-04T12:00:00Z') })).toBe('open');
  });

  it('leaves out a record closed without the step (spam, a duplicate), before or after it was due', () => {
    expect(deadlineOutcome({ dueAt, closedAt: '2026-03-03T09:00:00Z', now })).toBeUndefined();
    expect(deadlineOutcome({ dueAt, closedAt: '2026-03-06T09:00:00Z', now })).toBeUndefined();
  });

  it('judges the answer against an extension’s new date', () => {
    const record = {
      deadlines: { acknowledgementDueAt: dueAt, answerDueAt: '2026-03-16T22:59:59.999Z' },
      extension: { expectedAnswerAt: '2026-03-31T21:59:59.999Z' },
      milestones: { acknowledgedAt: '2026-03-02T10:00:00Z', answeredAt: '2026-03-25T10:00:00Z' },
    };
    expect(deadlinePerformance([record], new Date('2026-04-01T00:00:00Z')).answer).toEqual({
      met: 1,
      missed: 0,
      open: 0,
      metPercent: 100,
    });
  });

  it('gives the share met of the decided deadlines, to one decimal, and none before any is decided', () => {
    expect(tallyOutcomes(['met', 'met', 'missed', 'open', undefined])).toEqual({
      met: 2,
      missed: 1,
      open: 1,
      metPercent: 66.7,
    });
    expect(metPercent(0, 0)).toBeNull();
    expect(metPercent(0, 3)).toBe(0);
  });
});

describe('the whole report from records', () => {
  const calendar = businessCalendar();
  const complaint = (overrides: Partial<CaseRecord>): CaseRecord => ({
    channel: 'complaint',
    status: 'received',
    language: 'nl',
    receivedAt: '2026-03-02T09:00:00Z',
    complaint: { topic: 'transfer' },
    abuse: {},
    deadlines: { acknowledgementDueAt: '2026-03-04T22:59:59.999Z', answerDueAt: '2026-03-16T22:59:59.999Z' },
    milestones: {},
    ...overrides,
  });
  const figures = summarise(
    {
      cases: [
        complaint({
          status: 'answered',
          // Monday 2 March → Friday 6 March: four business days.
          milestones: { acknowledgedAt: '2026-03-02T10:00:00Z', answeredAt: '2026-03-06T10:00:00Z' },
        }),
        complaint({ language: 'de', receivedAt: '2026-01-15T09:00:00Z', complaint: { topic: 'billing' } }),
        {
          ...complaint({ channel: 'abuse', language: 'en', status: 'closed' }),
          complaint: {},
          abuse: { category: 'phishing' },
          milestones: { closedAt: '2026-03-02T12:00:00Z' },
        },
      ],
      escalations: [
        {
          status: 'received',
          receivedAt: '2026-03-10T09:00:00Z',
          deadlines: { acknowledgementDueAt: '2026-03-12T22:59:59.999Z', answerDueAt: '2026-03-24T22:59:59.999Z' },
        },
      ],
      feedback: [{ receivedAt: '2026-02-01T09:00:00Z' }],
    },
    { calendar, now },
  );

  it('spans every month from the first record to now, quiet months as zero', () => {
    expect(figures.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(figures.cases.byMonth.complaint.map((tally) => tally.count)).toEqual([1, 0, 1]);
    expect(figures.feedback.byMonth.map((tally) => tally.count)).toEqual([0, 1, 0]);
    expect(figures.escalations.byMonth.map((tally) => tally.count)).toEqual([0, 0, 1]);
  });

  it('counts by channel, topic, category, language and open status', () => {
    expect(figures.cases.byChannel).toEqual({ complaint: 2, abuse: 1 });
    expect(figures.cases.byComplaintTopic.filter((tally) => tally.count > 0)).toEqual([
      { key: 'billing', count: 1 },
      { key: 'transfer', count: 1 },
    ]);
    expect(figures.cases.byAbuseCategory.find((tally) => tally.key === 'phishing')?.count).toBe(1);
    expect(figures.cases.byLanguage.complaint.filter((tally) => tally.count > 0).map((tally) => tally.key)).toEqual([
      'nl',
      'de',
    ]);
    expect(figures.cases.openByStatus.abuse.every((tally) => tally.count === 0)).toBe(true);
    expect(figures.cases.openByStatus.complaint.filter((tally) => tally.count > 0)).toEqual([
      { key: 'received', count: 1 },
      { key: 'answered', count: 1 },
    ]);
    expect(figures.escalations).toMatchObject({ total: 1, open: 1 });
  });

  it('tallies deadlines per channel and for all cases, and the median business days to answer', () => {
    expect(figures.cases.deadlines.complaint.acknowledgement).toEqual({ met: 1, missed: 1, open: 0, metPercent: 50 });
    expect(figures.cases.deadlines.complaint.answer).toEqual({ met: 1, missed: 1, open: 0, metPercent: 50 });
    // The spam report was closed on its first day: it owed nothing.
    expect(figures.cases.deadlines.abuse.acknowledgement).toEqual({ met: 0, missed: 0, open: 0, metPercent: null });
    expect(figures.cases.deadlines.all.answer).toEqual(figures.cases.deadlines.complaint.answer);
    expect(figures.cases.medianBusinessDaysToAnswer).toEqual({ complaint: 4, abuse: null });
    expect(figures.escalations.deadlines).toEqual({
      acknowledgement: { met: 0, missed: 1, open: 0, metPercent: 0 },
      answer: { met: 0, missed: 0, open: 1, metPercent: null },
    });
  });

  it('writes every figure to the CSV, one per line, with CRLF line ends', () => {
    const csv = figuresToCsv(figures);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('section,key,channel,value');
    expect(lines[1]).toBe(`report,generated_at,,${now.toISOString()}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('cases,total,complaint,2');
    expect(lines).toContain('cases_by_topic,billing,complaint,1');
    expect(lines).toContain('cases_by_month,2026-02,complaint,0');
    expect(lines).toContain('case_answer_deadline,met_percent,all,50');
    expect(lines).toContain('case_answer_business_days,median,abuse,');
    expect(lines).toContain('escalation_acknowledgement_deadline,missed,complaint,1');
    expect(lines).toContain('escalation_final_answer_deadline,open,complaint,1');
    expect(lines).toContain('feedback_by_month,2026-02,,1');
  });

  it('holds exactly the figures the dashboard’s tables show, no more and no fewer', () => {
    const shown = Object.values(dashboardTables)
      .filter((build) => typeof build === 'function')
      .flatMap((build) => build(figures).rows.flatMap((row) => Object.values(row.values)));
    const exported = figureRows(figures)
      .filter((row) => row.section !== 'report')
      .map((row) => row.value);
    const sorted = (values: unknown[]) => values.map(String).sort();
    expect(sorted(exported)).toEqual(sorted(shown));
  });
});

describe('CSV quoting (RFC 4180)', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvLine(['x', 'y,z', 3])).toBe('x,"y,z",3');
  });
});
