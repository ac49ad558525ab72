import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload';
import { formatBerlinTime } from '@shared/calendar/berlin';
import { isSiteClient } from '../../access/roles';
import type { Case } from '../../payload-types';
import type { Words } from '@shared/i18n/locales';
import { wordOptions } from '../../fields/wordOptions';

// Consent to pass the reporter's identity to the registrant belongs to the
// reporter. They give it on the web form; if they give it later (by mail,
// letter or phone), staff record that, with the evidence, and the record says
// who entered it and when. Nobody can tick it for them.

export const consentSources = {
  webForm: {
    nl: 'Op het webformulier, bij het indienen',
    en: 'On the web form, when filing',
    de: 'Im Webformular, beim Einreichen',
    fr: 'Sur le formulaire web, lors du dépôt',
    es: 'En el formulario web, al presentarla',
  },
  recordedByStaff: {
    nl: 'Later gegeven; door medewerkers vastgelegd met het bewijs',
    en: 'Given later; recorded by staff with the evidence',
    de: 'Später erteilt; von Mitarbeitenden mit dem Nachweis erfasst',
    fr: 'Donné plus tard\u202f; enregistré par l’équipe avec la preuve',
    es: 'Dado más tarde; registrado por el personal con la prueba',
  },
} satisfies Record<string, Words>;
type ConsentSource = keyof typeof consentSources;

const never = () => false;

export const consentFields: Field[] = [
  {
    name: 'shareIdentity',
    type: 'checkbox',
    label: 'The reporter agreed to share their identity with the registrant',
    access: { create: ({ req }) => isSiteClient(req.user), update: never },
    admin: { readOnly: true, description: 'Only the reporter gives this consent; see below for how they gave it.' },
  },
  {
    name: 'consent',
    type: 'group',
    label: 'How the reporter agreed',
    access: { create: never, update: never },
    admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.shareIdentity) },
    fields: [
      {
        name: 'source',
        type: 'select',
        options: wordOptions(consentSources),
      },
      { name: 'recordedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'recordedBy', type: 'relationship', relationTo: 'users' },
      { name: 'evidence', type: 'textarea' },
    ],
  },
  {
    // Always stored empty, like the internal note: saving moves it into `consent`.
    name: 'recordConsent',
    type: 'textarea',
    label: 'Record consent the reporter gave later',
    admin: {
      condition: (_, sibling) => !sibling?.shareIdentity,
      description:
        'Only if the reporter told us that their identity may be passed on: say how and when (e.g. "mail of 3 Dec 2026, 10:14: ‘you may give my name’"). Saving records it in the timeline with your name. It cannot be undone here.',
    },
  },
];

export type ConsentRecord = { source: ConsentSource; recordedAt: string; recordedBy?: number; evidence?: string };

export const webFormConsent = (given: boolean, receivedAt: Date) =>
  given
    ? { shareIdentity: true, consent: { source: 'webForm', recordedAt: receivedAt.toISOString() } }
    : { shareIdentity: false };

// Saving evidence in "Record consent…" records the consent, once.
export const recordLaterConsent: CollectionBeforeChangeHook<Case> = ({ data, originalDoc, req }) => {
  const abuse = data.abuse;
  const evidence = abuse?.recordConsent?.trim();
  if (!abuse || abuse.recordConsent === undefined) return data;
  const cleared = { ...abuse, recordConsent: null };
  const staffId = req.user?.collection === 'users' ? (req.user.id as number) : undefined;
  if (!evidence || !staffId || originalDoc?.abuse?.shareIdentity || data.channel === 'complaint') {
    return { ...data, abuse: cleared };
  }
  const consent: ConsentRecord = {
    source: 'recordedByStaff',
    recordedAt: new Date().toISOString(),
    recordedBy: staffId,
    evidence,
  };
  return { ...data, abuse: { ...cleared, shareIdentity: true, consent } };
};

// How the consent was given, in words for the timeline and the forward's entry.
export const describeConsent = (doc: Pick<Case, 'abuse'>, who?: string): string => {
  const consent = doc.abuse?.consent;
  if (!doc.abuse?.shareIdentity || !consent?.source) return 'no consent: reporter withheld';
  const when = consent.recordedAt ? new Date(consent.recordedAt) : undefined;
  return consent.source === 'webForm'
    ? `consent given on the web form${when ? ` (${formatBerlinTime(when)} Berlin)` : ''}`
    : `consent recorded by ${who ?? 'staff'}${when ? ` on ${formatBerlinTime(when)} Berlin` : ''}: “${consent.evidence ?? ''}”`;
};

// The name of whoever recorded a later consent, as the timeline names people.
export const consentRecorder = async (req: PayloadRequest, doc: Pick<Case, 'abuse'>): Promise<string | undefined> => {
  const by = doc.abuse?.consent?.recordedBy;
  if (!by) return undefined;
  if (typeof by === 'object') return by.name ?? by.email;
  const user = await req.payload.findByID({ collection: 'users', id: by, depth: 0, overrideAccess: true, req });
  return user.name ?? user.email;
};
