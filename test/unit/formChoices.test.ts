import { describe, expect, it } from 'vitest';
import { complaintSchema } from '@shared/schemas/complaint';
import { offeredFrom, onlyOffered } from '@shared/schemas/offered';
import { formChoicesFrom } from '../../site/lib/cms';
import { translatorWith } from '../../site/i18n';
import { validComplaint } from '../helpers/payload';

describe('form choices from the CMS', () => {
  it('offers every topic and category until an editor unticks one', () => {
    expect(offeredFrom(undefined).complaintTopics).toContain('billing');
    const offered = offeredFrom({
      complaintTopics: { billing: { offered: false } },
      abuseCategories: { spam: { offered: false } },
    });
    expect(offered.complaintTopics).not.toContain('billing');
    expect(offered.complaintTopics).toContain('transfer');
    expect(offered.abuseCategories).not.toContain('spam');
  });

  it('refuses a topic that is not offered with the usual choice message', () => {
    const schema = onlyOffered(complaintSchema, 'topic', ['billing']);
    expect(schema.safeParse({ ...validComplaint, topic: 'billing' }).success).toBe(true);
    const refused = schema.safeParse({ ...validComplaint, topic: 'transfer' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ['topic'], message: 'choice' })]);
  });

  it('lets the editor’s words win and keeps the translation file’s where the CMS has none', () => {
    const choices = formChoicesFrom({
      complaintTopics: {
        billing: { label: 'Rechnungen', help: 'Fragen zu Rechnungen' },
        privacy: { offered: false, label: 'x' },
      },
      labels: [
        { key: 'complaint.description', text: 'Was ist passiert?' },
        { key: 'complaint.topic', text: '' },
      ],
    });
    const t = translatorWith('de', choices.labels);
    expect(t('complaint.topic.billing')).toBe('Rechnungen');
    expect(t('complaint.description')).toBe('Was ist passiert?');
    // No CMS text: the site's German translation file.
    expect(t('complaint.topic')).toBe(translatorWith('de')('complaint.topic'));
    expect(t('complaint.topic.transfer')).toBe(translatorWith('de')('complaint.topic.transfer'));
    expect(choices.helps['complaint.topic']).toEqual([['complaint.topic.billing', 'Fragen zu Rechnungen']]);
    // A choice not offered contributes no words.
    expect(choices.labels['complaint.topic.privacy']).toBeUndefined();
  });
});
