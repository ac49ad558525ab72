// A choice (feedback topic, abuse category) as readers see it on the site's
// forms: the labels live in shared/ (shared/i18n/choices.ts), so mail repeats
// exactly the words on the form without the CMS importing the site.
export { choiceLabel as siteLabel, shortChoiceLabel as shortSiteLabel } from '../../shared/i18n/choices';
