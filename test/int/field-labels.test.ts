import { initI18n, type I18n } from '@payloadcms/translations';
import type { Field, SanitizedCollectionConfig, SanitizedGlobalConfig, Tab } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@shared/i18n/locales';

// A Dutch or German colleague works in the admin all day: every field, tab,
// group, array row, description, collection and global name they read is in
// their language. Payload derives "Received At" from `receivedAt` when a field
// has no label of its own, and a hard-coded string is the same in every
// language: either is English in a Dutch admin. This walks the built config
// and names each label that reads the same in all five languages, is empty,
// or shows a translation key.
//
// Left out, on purpose:
// - fields no one sees in the admin: `hidden`, `admin.hidden`, `admin.disabled`
//   (tokens, hashes, the intake's bookkeeping, Payload's auth internals);
// - `ui` fields: they render their own component, whose words come from the
//   desk's catalogue (cms/i18n/en.ts), and Payload shows no label for them;
// - collections with `admin.hidden: true` (never in the admin: counters,
//   report rollups, reply attachments) and Payload's own `payload-*`
//   collections and globals, whose fields Payload labels itself;
// - a label set to `false` (a group that only gathers fields under a tab).

// Words that are the same in every language: names of standards and formats.
const sameInEveryLanguage = new Set(['SHA-256', 'Punycode', 'SPF', 'DKIM', 'DMARC', 'Message-ID']);
const looksLikeAKey = /^[a-z-]+:[\w.:-]+$/;

type Label = unknown;
type Found = { where: string; label: Label };

const adminVisible = (field: Field) => {
  if ('hidden' in field && field.hidden) return false;
  const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean };
  return !admin.hidden && !admin.disabled && field.type !== 'ui';
};

const labelsOf = (fields: Field[], where: string): Found[] =>
  fields.flatMap((field): Found[] => {
    if (!adminVisible(field)) return [];
    const name = 'name' in field && field.name ? field.name : '';
    const path = name ? `${where}.${name}` : where;
    const found: Found[] = [];
    if (name && 'label' in field && field.label !== false) found.push({ where: path, label: field.label });
    if (field.type === 'collapsible') found.push({ where: `${path} (collapsible)`, label: field.label });
    const description = (field.admin as { description?: unknown } | undefined)?.description;
    if (description) found.push({ where: `${path} (description)`, label: description });
    if (field.type === 'array' && field.labels) found.push({ where: `${path} (row)`, label: field.labels.singular });
    if ('fields' in field && Array.isArray(field.fields)) found.push(...labelsOf(field.fields, path));
    if (field.type === 'tabs')
      field.tabs.forEach((tab: Tab, index) => {
        const at = `${where} (tab ${'name' in tab && tab.name ? tab.name : index + 1})`;
        found.push({ where: at, label: tab.label });
        if (tab.description) found.push({ where: `${at} (description)`, label: tab.description });
        found.push(...labelsOf(tab.fields, 'name' in tab && tab.name ? `${where}.${tab.name}` : where));
      });
    return found;
  });

const ours = ({ slug, admin }: SanitizedCollectionConfig | SanitizedGlobalConfig) =>
  !slug.startsWith('payload-') && (admin as { hidden?: unknown }).hidden !== true;

let languages: I18n[];
let found: Found[];

beforeAll(async () => {
  const { default: configPromise } = await import('@payload-config');
  const config = await configPromise;
  languages = await Promise.all(
    locales.map(({ code }) => initI18n({ config: config.i18n, context: 'client', language: code })),
  );
  const collections = config.collections
    .filter(ours)
    .flatMap((collection) => [
      { where: `${collection.slug} (singular)`, label: collection.labels.singular },
      { where: `${collection.slug} (plural)`, label: collection.labels.plural },
      ...(collection.admin.group ? [{ where: `${collection.slug} (nav group)`, label: collection.admin.group }] : []),
      ...(collection.admin.description
        ? [{ where: `${collection.slug} (description)`, label: collection.admin.description }]
        : []),
      ...labelsOf(collection.fields, collection.slug),
    ]);
  const globals = config.globals
    .filter(ours)
    .flatMap((global) => [
      { where: `${global.slug} (label)`, label: global.label },
      ...(global.admin.group ? [{ where: `${global.slug} (nav group)`, label: global.admin.group }] : []),
      ...labelsOf(global.fields, global.slug),
    ]);
  found = [...collections, ...globals];
});

// What a colleague reads, in each admin language.
const readIn = (label: Label, i18n: I18n): string => {
  if (typeof label === 'function') return String(label({ i18n, t: i18n.t }) ?? '');
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object') return (label as Record<string, string>)[i18n.language] ?? '';
  return '';
};

const language = (code: string): I18n => {
  const i18n = languages.find((each) => each.language === code);
  if (!i18n) throw new Error(`The admin has no language ${code}`);
  return i18n;
};

describe('labels in the admin', () => {
  it('are in the reader’s language for every field, tab, description, collection and global', () => {
    const offenders = found.flatMap(({ where, label }) => {
      const texts = languages.map((i18n) => readIn(label, i18n));
      const shown = readIn(label, language('en'));
      if (texts.some((text) => text.trim() === '')) return [`${where}: missing in ${locales[texts.indexOf('')]?.code}`];
      if (texts.some((text) => looksLikeAKey.test(text)))
        return [`${where}: shows the key "${texts.find((text) => looksLikeAKey.test(text))}"`];
      if (new Set(texts).size === 1 && !sameInEveryLanguage.has(shown))
        return [`${where}: "${shown}" in every language`];
      return [];
    });
    expect(offenders).toEqual([]);
  });

  it('read as Dutch and German words where staff work all day', () => {
    const label = (where: string) => found.find((entry) => entry.where === where)?.label;
    expect(readIn(label('cases.receivedAt'), language('nl'))).toBe('Ontvangen');
    expect(readIn(label('cases (plural)'), language('de'))).toBe('Fälle');
    expect(readIn(label('inbound-messages (plural)'), language('nl'))).toBe('Postvak in');
    expect(readIn(label('cases.deadlines.nextDeadlineAt'), language('de'))).toBe('Nächste Frist');
  });
});
