import type { GlobalConfig } from 'payload';
import { allowRoles, isAdmin } from '../access/roles';
import { forgetKept } from '../utilities/keptPerServer';

// The registrar's own closure days (24 and 31 December, company events). Public
// holidays come from the holiday library; these come on top.
export const CalendarSettings: GlobalConfig = {
  slug: 'calendar-settings',
  label: 'Calendar',
  admin: { group: 'Settings' },
  access: { read: allowRoles('handler', 'abuseSpecialist'), update: isAdmin },
  // Deadlines from now on use the new days (the calendar is kept per server).
  hooks: { afterChange: [forgetKept] },
  fields: [
    {
      name: 'closureDays',
      type: 'array',
      admin: {
        description:
          'Days on which the office is closed besides weekends and Saarland public holidays. Deadlines already promised do not move.',
      },
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'reason', type: 'text' },
      ],
    },
  ],
};
