import { namespacedTranslate, type NamespacedTranslate } from '../namespaced';
import type { RepliesKey } from './en';

// The reply labels (`replies:<key>`). Kept apart from ./index.ts so the client
// composer can use it without bundling every language.
export type RepliesTranslate = NamespacedTranslate<RepliesKey>;

export const repliesTranslate = namespacedTranslate<RepliesKey>('replies');
