// The language buttons on a form page send the half-filled form to the same
// page in the other language (see LanguageSwitcher.astro): the server shows it
// there unchecked and unsent, so switching never throws away what was typed.
export const LANGUAGE_SWITCH_FIELD = '_language';
export const FORM_ID = 'submission-form';
