import Holidays from 'date-holidays';
import holidayPackage from 'date-holidays/package.json' with { type: 'json' };
import type { IsoDate } from './days';

// The registrar is in St. Ingbert: Saarland's public holidays, from a maintained
// library, never a hand-typed list.
const saarland = new Holidays('DE', 'SL', { types: ['public'] });
const byYear = new Map<number, Map<IsoDate, string>>();

export const saarlandHolidays = (year: number): Map<IsoDate, string> => {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map(saarland.getHolidays(year).map((holiday) => [holiday.date.slice(0, 10), holiday.name]));
    byYear.set(year, holidays);
  }
  return holidays;
};

export const holidayName = (date: IsoDate): string | undefined => saarlandHolidays(Number(date.slice(0, 4))).get(date);

// Stored with every computed deadline, so staff can see which data produced it.
export const holidaySource = `public holidays DE-SL (date-holidays ${holidayPackage.version})`;
