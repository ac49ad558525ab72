import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload';
import { readerLocale } from '@shared/i18n/locales';
import { forwardRequest } from '../../hooks/context';
import type { Case } from '../../payload-types';
import { writeTimeline } from '../../workflow/recordTimeline';
import { queueMail } from '../queue';
import { redactIdentity } from '../redact';
import { replyAddress } from '../recipients';
import { consentRecorder, describeConsent } from '../../collections/Cases/consent';

// The abuse specialist types the registrant's address into the case and saves;
// like an internal note, the field is emptied and the act goes to the timeline.
export const takeForwardRequest: CollectionBeforeChangeHook = ({ data, context }) => {
  const abuse = (data.abuse ?? {}) as { forwardTo?: { email?: string | null; language?: string | null } };
  const email = abuse.forwardTo?.email?.trim();
  if (email) {
    const language = readerLocale(abuse.forwardTo?.language);
    forwardRequest.set(context, { email, language });
  }
  if (abuse.forwardTo) return { ...data, abuse: { ...abuse, forwardTo: { email: null, language: null } } };
  return data;
};

// A copy of the abuse report for the holder of the domain: what is reported
// and where, never who reported it unless they agreed to share their identity.
export const mailRegistrant: CollectionAfterChangeHook<Case> = async ({ doc, req, context }) => {
  const forward = forwardRequest.get(context);
  if (!forward || doc.channel !== 'abuse') return doc;
  const shared = Boolean(doc.abuse?.shareIdentity);
  const identity = doc.reporter;
  const report = doc.abuse?.evidence ?? '';
  await queueMail(
    req,
    'registrantNotice',
    {
      eventKey: `cases:${doc.id}:registrant:${forward.email.toLowerCase()}`,
      audience: 'registrant',
      channel: 'abuse',
      language: forward.language,
      to: forward.email,
      replyTo: await replyAddress(req, 'abuse'),
      relations: { case: doc.id },
    },
    {
      caseNumber: doc.caseNumber ?? '',
      domains: (doc.domains ?? []).map((domain) => domain.unicode).join(', '),
      category: `abuse.category.${doc.abuse?.category ?? 'other'}`,
      urls: (doc.abuse?.urls ?? []).map((entry) => entry.url),
      report: shared ? report : redactIdentity(report, identity),
      reporter: shared ? [identity.name, identity.organisation, identity.email].filter(Boolean).join(', ') : null,
    },
  );
  await writeTimeline({
    req,
    target: { caseId: doc.id, channel: 'abuse' },
    entries: [
      {
        type: 'forwarded',
        summary: `Report forwarded to the registrant (${forward.email}), ${shared ? 'with the reporter’s identity' : 'reporter withheld'}`,
        note: shared ? `Identity shared: ${describeConsent(doc, await consentRecorder(req, doc))}` : undefined,
        details: { ...forward, consent: shared ? (doc.abuse?.consent ?? null) : null },
      },
    ],
  });
  return doc;
};
