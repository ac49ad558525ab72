import type { Payload, RequestContext } from 'payload';
import { saveCalendar } from './hooks/context';
import { businessCalendar, type BusinessCalendar } from '@shared/calendar/businessDays';
import { berlinDate } from '@shared/calendar/days';
import { remembered } from './utilities/keptPerServer';

// The calendar in force now: Saarland's holidays plus the closure days staff
// entered. Deadlines are computed with it once, when their event happens. Kept
// per server like the mail settings (utilities/keptPerServer.ts: dropped when
// an admin saves the calendar here, after a minute at the latest elsewhere),
// so a save costs no read of it.
export const registrarCalendar = (payload: Payload): Promise<BusinessCalendar> =>
  remembered('calendar-settings', async () => {
    const settings = await payload.findGlobal({ slug: 'calendar-settings', depth: 0 });
    const closureDays = (settings.closureDays ?? []).map((day) => berlinDate(new Date(day.date)));
    return businessCalendar({ closureDays });
  });

// One read per save, however many of its hooks need the calendar.
export const calendarForSave = (payload: Payload, context: RequestContext): Promise<BusinessCalendar> => {
  const known = saveCalendar.get(context);
  if (known) return known;
  const calendar = registrarCalendar(payload);
  saveCalendar.set(context, calendar);
  return calendar;
};
