import { describe, expect, it } from 'vitest';
import { formatBerlinTime } from '@shared/calendar/berlin';

// Staff read every time in the registrar's zone, written the way their admin
// language writes dates: a Dutch colleague does not read "Mon, 30 Nov".
describe('formatBerlinTime', () => {
  const instant = '2026-11-30T13:55:00Z';

  it('writes Berlin time, whatever the machine’s zone', () => {
    expect(formatBerlinTime(instant)).toBe('Mon, 30 Nov 2026, 14:55');
  });

  it('writes the date in the reader’s language', () => {
    expect(formatBerlinTime(instant, 'nl')).toMatch(/^ma 30 nov 2026.*14:55$/);
    expect(formatBerlinTime(instant, 'de')).toMatch(/^Mo\., 30\. Nov\. 2026.*14:55$/);
    expect(formatBerlinTime(instant, 'fr')).toMatch(/^lun\. 30 nov\. 2026.*14:55$/);
    expect(formatBerlinTime(instant, 'es')).toMatch(/^lun, 30 nov 2026.*14:55$/);
  });
});
