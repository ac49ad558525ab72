import type { DeskKey } from '../i18n';
import type { MailFileProblem } from './receiveFile';

export type ImportRefusal = MailFileProblem | 'noFile' | 'noRole' | 'notYourMailbox';

// Each refusal in the admin's words: the endpoint's answer to a script, and the
// form above the Inbox (?importError=<refusal>) after a plain post.
export const importRefusalLabels: Record<ImportRefusal, DeskKey> = {
  empty: 'importEmlEmpty',
  noFile: 'importEmlEmpty',
  tooLarge: 'importEmlTooLarge',
  notMail: 'importEmlNotMail',
  noRole: 'importEmlNoRole',
  notYourMailbox: 'importEmlNotYourMailbox',
};
