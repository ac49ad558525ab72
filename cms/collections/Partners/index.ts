import type { CollectionConfig } from 'payload';
import { reporterTypes } from '@shared/schemas/abuseReport';
import { isAdmin } from '../../access/roles';
import { partnerReportEndpoint } from './reportEndpoint';
import { siteOptions } from '../../fields/siteOptions';

// Organisations that send abuse reports by machine (blocklists, brand-protection
// firms, CERTs): each has its own API key and may only file X-ARF v4 reports at
// POST /api/partners/reports. Not the site's API client (api-clients), so a
// partner's key can never file complaints, feedback or escalations, nor read
// anything. Only admins see, issue, revoke and change partners.
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: {
    useAsTitle: 'name',
    group: 'Settings',
    defaultColumns: ['name', 'contactEmail', 'reporterType', 'maxReportsPerHour'],
    description:
      'Organisations that file abuse reports through the partner API. “Generate new API key”, copy the key (it is shown once), save, and give it to the partner. Generating a new key and saving revokes the old one; deleting the partner revokes its key for good.',
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  access: { admin: () => false, create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [partnerReportEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: 'Organisation',
      required: true,
      unique: true,
      admin: { description: 'Filed reports show this as the reporter.' },
    },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      admin: { description: 'Acknowledgements and answers to the partner’s reports go here.' },
    },
    {
      name: 'reporterType',
      type: 'select',
      required: true,
      defaultValue: 'organisation',
      // The form's words; an authority's reports get the 24-hour review.
      options: siteOptions(
        'abuse.reporterType',
        reporterTypes.filter((value) => value !== 'individual'),
      ),
    },
    {
      name: 'maxReportsPerHour',
      type: 'number',
      required: true,
      defaultValue: 600,
      min: 1,
      admin: { description: 'More reports in an hour are refused (429) until the hour has passed.' },
    },
  ],
};
