// Evidence files: one source for the site's check, the CMS's upload limit and
// the size of a whole form POST.
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;
// Every file at its largest plus the text fields. A larger body is refused
// before it is read (the node adapter's own default would accept 1 GiB).
export const MAX_FORM_BYTES = MAX_EVIDENCE_FILES * MAX_EVIDENCE_FILE_BYTES + 1024 * 1024;
// A machine report (an X-ARF v4 body posted by a partner) carries its evidence
// base64-encoded (4 bytes for every 3): every file at its largest, encoded,
// plus the report's own fields.
export const MAX_MACHINE_REPORT_BYTES = Math.ceil((MAX_EVIDENCE_FILES * MAX_EVIDENCE_FILE_BYTES * 4) / 3) + 1024 * 1024;
// A mail file imported by staff (Import .eml, `npm run mail:receive`): room for
// a message with attachments over the evidence limit (those are refused one by
// one with a note on the case, as for mail from the provider), but no more.
export const MAX_IMPORTED_MAIL_BYTES = 50 * 1024 * 1024;
