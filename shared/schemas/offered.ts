import type { z } from 'zod';
import { abuseCategories, type AbuseCategory } from './abuseReport';
import { complaintTopics, type ComplaintTopic } from './complaint';

// Which complaint topics and abuse categories the forms offer. Editors choose
// them in the CMS (the Form choices global); the stored values never change, so
// reports keep counting old cases under the same names. A value that is not
// offered is refused like any other wrong choice, on the site and in the CMS.
export type Offered = { complaintTopics: readonly ComplaintTopic[]; abuseCategories: readonly AbuseCategory[] };

export const everythingOffered: Offered = { complaintTopics, abuseCategories };

type ChoiceState = { offered?: boolean | null } | null | undefined;

// From the global as the CMS stores it: a choice is offered unless an editor unticked it.
export const offeredFrom = (
  stored:
    | {
        complaintTopics?: Partial<Record<ComplaintTopic, ChoiceState>> | null;
        abuseCategories?: Partial<Record<AbuseCategory, ChoiceState>> | null;
      }
    | null
    | undefined,
): Offered => ({
  complaintTopics: complaintTopics.filter((value) => stored?.complaintTopics?.[value]?.offered !== false),
  abuseCategories: abuseCategories.filter((value) => stored?.abuseCategories?.[value]?.offered !== false),
});

// The form's schema with its choice limited to what is offered: a value no
// longer offered gets the same "choose one of the options" message.
export const onlyOffered = <S extends z.ZodType>(schema: S, field: 'topic' | 'category', offered: readonly string[]) =>
  schema.superRefine((value, ctx) => {
    const chosen = (value as Record<string, unknown>)[field];
    if (typeof chosen === 'string' && !offered.includes(chosen)) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'choice' });
    }
  });
