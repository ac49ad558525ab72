import type { DeskKey } from './en';
import { namespacedTranslate, type NamespacedTranslate } from './namespaced';

// The desk's labels (`desk:<key>`). Kept apart from ./index.ts so client
// components can use it without bundling every language's catalogue.
export type Translate = NamespacedTranslate<DeskKey>;

export const deskTranslate = namespacedTranslate<DeskKey>('desk');
