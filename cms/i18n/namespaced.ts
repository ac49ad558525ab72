// Labels of one of our namespaces in the admin's catalogue (`<namespace>:<key>`)
// through Payload's t(), which fills in {{placeholders}}. Free of any
// catalogue, so client components can use it without bundling every language.
type PayloadT = (key: never, values?: Record<string, unknown>) => string;

export type NamespacedTranslate<Key extends string> = (key: Key, values?: Record<string, string | number>) => string;

export const namespacedTranslate =
  <Key extends string>(namespace: string) =>
  (t: PayloadT): NamespacedTranslate<Key> =>
  (key, values) =>
    (t as (key: string, values?: Record<string, unknown>) => string)(`${namespace}:${key}`, values);
