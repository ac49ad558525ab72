import type { Payload } from 'payload';
import { businessCalendar, type BusinessCalendar } from '../shared/calendar/businessDays';
import { berlinDate } from '../shared/calendar/days';

// The calendar in force now: Saarland's holidays plus the closure days staff
// entered. Deadlines are computed with it once, when their event happens.
export const registrarCalendar = async (payload: Payload): Promise<BusinessCalendar> => {
  const settings = await payload.findGlobal({ slug: 'calendar-settings', depth: 0 });
  const closureDays = (settings.closureDays ?? []).map((day) => berlinDate(new Date(day.date)));
  return businessCalendar({ closureDays });
};
