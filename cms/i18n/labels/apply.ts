import type { CollectionConfig, Field, GlobalConfig, Tab } from 'payload';
import { inEveryLocale } from '@shared/i18n/locales';
import { labelsEn } from './en';
import { labelLanguages } from '.';

// Every label staff and editors read, in their admin language, from one
// catalogue (./en/ and its translations): Payload's own label and description
// functions, resolved per language when Payload builds the admin's client
// config. The catalogue wins over an English label left in a field config;
// a field it does not name keeps what it had (test/int/field-labels.test.ts
// names those).

type Section = {
  singular?: string;
  plural?: string;
  description?: string;
  label?: string;
  fields: Record<string, string>;
  descriptions: Record<string, string>;
  rows?: Record<string, string>;
};
const sections = labelsEn as unknown as Record<string, Section>;
const common = labelsEn.common as Section;

type PayloadT = (key: string, values?: Record<string, unknown>) => string;

// Payload hands label functions { i18n, t } and a collection's description
// function { t }: this takes what both give.
const lookup =
  (key: string, values?: Record<string, unknown>) =>
  ({ t }: { t: unknown }): string =>
    (t as PayloadT)(`labels:${key}`, values);

// A label for a slug's key, for configs that name it themselves (tabs, fields
// built per choice).
export const fieldLabel = (slug: string, key: string, values?: Record<string, unknown>) =>
  lookup(`${slug}:fields:${key}`, values);
// The same label as words, for a server component that has Payload's t().
export const fieldLabelText = (t: unknown, slug: string, key: string) =>
  (t as PayloadT)(`labels:${slug}:fields:${key}`);
export const fieldDescription = (slug: string, key: string, values?: Record<string, unknown>) =>
  lookup(`${slug}:descriptions:${key}`, values);

const own = (slug: string, kind: 'fields' | 'descriptions', path: string) =>
  sections[slug]?.[kind][path] !== undefined ? `${slug}:${kind}:${path}` : undefined;
const shared = (kind: 'fields' | 'descriptions', path: string) =>
  common[kind][path] !== undefined ? `common:${kind}:${path}` : undefined;

const labelled = (slug: string, field: Field, prefix: string): Field => {
  const name = 'name' in field && field.name ? field.name : '';
  const path = name ? `${prefix}${name}` : '';
  const inner = name && field.type !== 'row' && field.type !== 'collapsible' ? `${path}.` : prefix;
  const next = { ...field } as Field & Record<string, unknown>;
  if (path) {
    const labelKey = own(slug, 'fields', path) ?? shared('fields', path);
    if (labelKey && typeof (field as { label?: unknown }).label !== 'function') next.label = lookup(labelKey);
    // A shared description only replaces an English one already there: it
    // is not added to a record kind whose field had none.
    const admin = (field.admin ?? {}) as { description?: unknown };
    const descriptionKey =
      own(slug, 'descriptions', path) ??
      (typeof admin.description === 'string' ? shared('descriptions', path) : undefined);
    if (descriptionKey && typeof admin.description !== 'function')
      next.admin = { ...admin, description: lookup(descriptionKey) } as never;
    // An array's rows read "Domain 01": the singular, from `rows`.
    const rowKey =
      sections[slug]?.rows?.[path] !== undefined
        ? `${slug}:rows:${path}`
        : common.rows?.[path] !== undefined
          ? `common:rows:${path}`
          : undefined;
    if (field.type === 'array' && rowKey && labelKey)
      next.labels = { singular: lookup(rowKey), plural: lookup(labelKey) };
  }
  if ('fields' in field && Array.isArray(field.fields))
    next.fields = field.fields.map((child: Field) => labelled(slug, child, inner));
  if (field.type === 'tabs')
    next.tabs = field.tabs.map(
      (tab: Tab) =>
        ({
          ...tab,
          fields: tab.fields.map((child) =>
            labelled(slug, child, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
          ),
        }) as Tab,
    );
  return next as Field;
};

// The same entry in every language at once, for the places that take no label
// function: nav groups, and the names of collections and globals (Payload's
// versions view hands a global's name to a client component, which cannot
// take a function: the page failed with a server error).
const inEveryLanguage = (pick: (labels: Record<string, Section>) => string | undefined) =>
  inEveryLocale((code) => pick(labelLanguages[code] as unknown as Record<string, Section>) ?? '');

const groupOf = (group: unknown) => {
  const key = typeof group === 'string' ? (group as keyof typeof labelsEn.groups) : undefined;
  if (!key || !(key in labelsEn.groups)) return group;
  return inEveryLanguage((labels) => (labels.groups as unknown as Record<string, string>)[key]);
};

export const labelCollection = (collection: CollectionConfig): CollectionConfig => {
  const section = sections[collection.slug];
  if (!section) return collection;
  return {
    ...collection,
    labels: {
      singular: inEveryLanguage((labels) => labels[collection.slug]?.singular),
      plural: inEveryLanguage((labels) => labels[collection.slug]?.plural),
    },
    admin: {
      ...collection.admin,
      group: groupOf(collection.admin?.group) as string,
      ...(section.description !== undefined && { description: lookup(`${collection.slug}:description`) }),
    },
    fields: collection.fields.map((field) => labelled(collection.slug, field, '')),
  };
};

export const labelGlobal = (global: GlobalConfig): GlobalConfig => {
  const section = sections[global.slug];
  if (!section) return global;
  return {
    ...global,
    label: inEveryLanguage((labels) => labels[global.slug]?.label),
    admin: { ...global.admin, group: groupOf(global.admin?.group) as string },
    fields: global.fields.map((field) => labelled(global.slug, field, '')),
  };
};
