import type { Field, GlobalConfig } from 'payload';
import { abuseCategories } from '@shared/schemas/abuseReport';
import { complaintTopics } from '@shared/schemas/complaint';
import { choiceLabel } from '@shared/i18n/choices';
import { inEveryLocale, readerLocale, type Locale, type Words } from '@shared/i18n/locales';
import de from '../../site/i18n/de.json';
import en from '../../site/i18n/en.json';
import es from '../../site/i18n/es.json';
import fr from '../../site/i18n/fr.json';
import nl from '../../site/i18n/nl.json';
import { contentAccess } from '../access/content';
import { notifySiteOfGlobal } from '../hooks/notifySite';
import { forgetKept } from '../utilities/keptPerServer';
import { withDrafts } from '../content/versioning';
import { fieldDescription, fieldLabel } from '../i18n/labels/apply';

// The form words developers keep in the site's translation files
// (site/i18n/<lang>.json) and editors may override: every label, hint, legend
// and title of the four forms. An override wins in its own language only; a
// language without one keeps the translation file's text.
export const overridableFormKeys = Object.keys(en).filter((key) =>
  /^(reporter|complaint|abuse|escalation|feedback)\.[A-Za-z]+$/.test(key),
);

const siteWords: Record<Locale, Record<string, string | undefined>> = { nl, en, de, fr, es };

// A form word as the editor picks it: its text in the admin's language, then its key.
const formKeyLabel = (key: string): Words => inEveryLocale((code) => `${siteWords[code][key]?.slice(0, 60)} (${key})`);

// One group per stored value: the value is the group's name and never
// changes, so the reports keep counting under it whatever the label says.
// Named as the form names it in the editor's admin language
// (shared/i18n/choices/, where the choices' words live since the mail shares
// them; not the site's file).
const choiceGroups = (values: readonly string[], prefix: string): Field[] =>
  values.map((value) => ({
    name: value,
    type: 'group',
    label: ({ i18n }) => choiceLabel(`${prefix}.${value}`, readerLocale(i18n.language)),
    admin: { hideGutter: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'offered',
            type: 'checkbox',
            defaultValue: true,
            label: fieldLabel('form-choices', 'choice.offered'),
            admin: { width: '25%' },
          },
          {
            name: 'label',
            type: 'text',
            localized: true,
            label: fieldLabel('form-choices', 'choice.label'),
            admin: {
              width: '35%',
              description: fieldDescription('form-choices', 'choice.label', {
                choice: choiceLabel(`${prefix}.${value}`, 'en'),
              }),
            },
          },
          {
            name: 'help',
            type: 'text',
            localized: true,
            label: fieldLabel('form-choices', 'choice.help'),
            admin: { width: '40%', description: fieldDescription('form-choices', 'choice.help') },
          },
        ],
      },
    ],
  }));

// What the public forms offer and how they name it, per language. Drafts,
// autosave and scheduled publishing are Payload's; the site reads only the
// published version (site/lib/cms.ts), and the CMS refuses a topic or category
// that is not offered (cms/intake/cases.ts).
const formChoices: GlobalConfig = {
  slug: 'form-choices',
  access: { ...contentAccess, readVersions: contentAccess.update },
  // The intake and the mail keep the published choices per server (cms/content/formChoices.ts).
  hooks: { afterChange: [notifySiteOfGlobal, forgetKept] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: fieldLabel('form-choices', 'tab.complaintTopics'),
          fields: [
            {
              name: 'complaintTopics',
              type: 'group',
              label: false,
              fields: choiceGroups(complaintTopics, 'complaint.topic'),
            },
          ],
        },
        {
          label: fieldLabel('form-choices', 'tab.abuseCategories'),
          fields: [
            {
              name: 'abuseCategories',
              type: 'group',
              label: false,
              fields: choiceGroups(abuseCategories, 'abuse.category'),
            },
          ],
        },
        {
          label: fieldLabel('form-choices', 'tab.labels'),
          description: fieldDescription('form-choices', 'tab.labels'),
          fields: [
            {
              name: 'labels',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'key',
                      type: 'select',
                      required: true,
                      options: overridableFormKeys.map((key) => ({ value: key, label: formKeyLabel(key) })),
                      admin: { width: '40%' },
                    },
                    { name: 'text', type: 'text', localized: true, admin: { width: '60%' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

// Drafts are checked too (a refused draft is refused at once, not at publishing).
export const FormChoices = withDrafts(formChoices, { validate: true });
