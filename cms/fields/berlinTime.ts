import type { CollectionBeforeValidateHook } from 'payload';
import { registrarTimeZone } from '@shared/calendar/berlin';

// A date field that staff type into is read and shown in the registrar's zone,
// not the browser's: "14:00" on a letter means 14:00 in St. Ingbert.
export const berlinOnly = {
  defaultTimezone: registrarTimeZone,
  supportedTimezones: [{ label: 'Europe/Berlin', value: registrarTimeZone }],
};

// Payload keeps a field's zone in a sibling `<name>_tz` and refuses a required
// date without one. Intake hooks build the record anew, so the zone is pinned
// after them, for every path that writes the record.
export const pinBerlinZone =
  (...dateFields: string[]): CollectionBeforeValidateHook =>
  ({ data }) =>
    data && { ...data, ...Object.fromEntries(dateFields.map((name) => [`${name}_tz`, registrarTimeZone])) };

// A time only the desk writes, shown read-only in Berlin time (BerlinTimeField).
export const berlinTimeText = { components: { Field: '/components/BerlinTimeField#BerlinTimeField' } } as const;
