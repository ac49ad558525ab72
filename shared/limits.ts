// Evidence files: one source for the site's check, the CMS's upload limit and
// the size of a whole form POST.
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;
// Every file at its largest plus the text fields. A larger body is refused
// before it is read (the node adapter's own default would accept 1 GiB).
export const MAX_FORM_BYTES = MAX_EVIDENCE_FILES * MAX_EVIDENCE_FILE_BYTES + 1024 * 1024;
