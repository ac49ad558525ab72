import type { FlattenedField } from 'payload';
import { describe, expect, it } from 'vitest';

// Staff sit in several zones but the procedure's deadlines are Berlin's: a
// colleague in New York once read "04:38" in the Inbox list and "10:37" on the
// message it opened. Every time a list column can show is drawn in Berlin time
// by the desk's own cell, never Payload's (which uses the browser's zone).
const deskCell = (cell: unknown) => typeof cell === 'string' && cell.startsWith('/components/');

// Payload's own bookkeeping, which no colleague opens as a list.
const bookkeeping = ['payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-query-presets'];

type DateField = Extract<FlattenedField, { type: 'date' }>;
const hidden = (field: FlattenedField) => Boolean(field.hidden || field.admin?.hidden || field.admin?.disabled);

// The date fields a colleague can put in a list column (hidden ones and those
// inside hidden groups or arrays never show).
const dateFields = (fields: FlattenedField[], prefix = ''): { path: string; field: DateField }[] =>
  fields
    .filter((field) => !hidden(field))
    .flatMap((field) => {
      const path = `${prefix}${field.name}`;
      if (field.type === 'date') return [{ path, field }];
      if ('flattenedFields' in field) return dateFields(field.flattenedFields, `${path}.`);
      return [];
    });

describe('times in list columns', () => {
  it('are shown in Berlin time in every collection, whatever the browser zone', async () => {
    const { default: config } = await import('@payload-config');
    const { collections } = await config;
    const listed = collections.filter(({ slug }) => !bookkeeping.includes(slug));
    const inBrowserZone = listed.flatMap(({ slug, flattenedFields }) =>
      dateFields(flattenedFields)
        .filter(({ field }) => field.admin?.date?.pickerAppearance !== 'dayOnly')
        .filter(({ field }) => !deskCell(field.admin?.components?.Cell))
        .map(({ path }) => `${slug}.${path}`),
    );
    expect(inBrowserZone).toEqual([]);
  });
});
