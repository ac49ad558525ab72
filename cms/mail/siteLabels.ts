// A choice as the code names it (shared/i18n/choices/): feedback topics in
// mail, and the admin's select options. Complaint topics and abuse categories in
// mail use the labels editors publish in the Form choices (./choiceLabels.ts).
export { choiceLabel as siteLabel, shortChoiceLabel as shortSiteLabel } from '@shared/i18n/choices';
