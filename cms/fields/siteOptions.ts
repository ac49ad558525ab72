import { inEveryLocale } from '@shared/i18n/locales';
import { shortSiteLabel } from '../mail/siteLabels';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

// A select's options labelled with the words readers see on the site's forms
// (without the explanation in brackets), in the admin's language: staff read
// "Billing and payments", not the stored value "billing". The stored values
// stay what they are, for filters and reports.
export const siteOptions = (prefix: string, values: readonly string[]) =>
  values.map((value) => ({
    value,
    label: inEveryLocale((code) => capitalised(shortSiteLabel(`${prefix}.${value}`, code))),
  }));
