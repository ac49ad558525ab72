import { describe, expect, it } from 'vitest';
import { berlinYear } from '@shared/calendar/berlin';
import { formatCaseNumber } from '../../cms/collections/Cases/caseNumber';

describe('case numbers', () => {
  it('carry the channel, the year and a six-digit sequence', () => {
    expect(formatCaseNumber({ series: 'complaint', year: 2026, value: 123 })).toBe('C-2026-000123');
    expect(formatCaseNumber({ series: 'abuse', year: 2026, value: 45 })).toBe('A-2026-000045');
  });

  it('count the year in Berlin time: New Year in Berlin is still 31 December in UTC', () => {
    expect(berlinYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(berlinYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
  });
});
