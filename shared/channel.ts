// The two kinds of case the desk works: complaints (handlers) and abuse reports
// (abuse specialists). One list for the CMS's fields, access, mail and reports
// and the site's forms.
export const channels = ['complaint', 'abuse'] as const;
export type Channel = (typeof channels)[number];
