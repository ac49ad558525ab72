import { addDays, berlinDate, endOfBerlinDay, weekday, type IsoDate } from './days';
import { holidayName, holidaySource } from './holidays';

export type BusinessCalendar = {
  isBusinessDay: (date: IsoDate) => boolean;
  // The deadline N business days after the instant: the day of the event does not
  // count; the deadline is the end (23:59:59.999 Berlin) of the Nth business day.
  deadline: (event: Date, businessDays: number) => Date;
  // Business days from the day after `from` up to and including `to`'s day;
  // negative when `to` lies before `from`.
  businessDaysBetween: (from: Date, to: Date) => number;
  // Names the holiday data and the closure days, stored beside each deadline.
  description: string;
};

// Monday to Friday, except Saarland's public holidays and the registrar's own
// closure days (entered by staff in the CMS).
export const businessCalendar = ({ closureDays = [] }: { closureDays?: IsoDate[] } = {}): BusinessCalendar => {
  const closed = new Set(closureDays);
  const isBusinessDay = (date: IsoDate) => {
    const day = weekday(date);
    return day !== 0 && day !== 6 && !holidayName(date) && !closed.has(date);
  };

  const deadline = (event: Date, businessDays: number) => {
    let date = berlinDate(event);
    for (let counted = 0; counted < businessDays;) {
      date = addDays(date, 1);
      if (isBusinessDay(date)) counted += 1;
    }
    return endOfBerlinDay(date);
  };

  const businessDaysBetween = (from: Date, to: Date) => {
    const [start, end] = [berlinDate(from), berlinDate(to)];
    const sign = end < start ? -1 : 1;
    const [low, high] = sign > 0 ? [start, end] : [end, start];
    let count = 0;
    for (let date = addDays(low, 1); date <= high; date = addDays(date, 1)) if (isBusinessDay(date)) count += 1;
    return sign * count;
  };

  const sortedClosures = [...closed].sort();
  const description =
    sortedClosures.length > 0 ? `${holidaySource}; closure days ${sortedClosures.join(', ')}` : holidaySource;
  return { isBusinessDay, deadline, businessDaysBetween, description };
};
