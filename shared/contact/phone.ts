import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// The registrar's own phone and fax numbers. Editors may type them as they
// like ("06894 9396 850", "+49 (0)6894 9396-850"); the CMS stores E.164
// ("+4968949396850"), the one form a `tel:` link dials from anywhere, and the
// site shows it in the national format people read. Parsing and the rules of
// each country's numbering plan are libphonenumber's (the "max" metadata, so
// a number that cannot exist in its country is refused, not only a wrong length).

// A number typed without a country code is read as German: the registrar is in Germany.
export const HOME_COUNTRY: CountryCode = 'DE';

export type PhoneCheck = { ok: true; e164: string } | { ok: false };

export const parseContactPhone = (value: string): PhoneCheck => {
  const number = parsePhoneNumberFromString(value.trim(), HOME_COUNTRY);
  return number?.isValid() ? { ok: true, e164: number.number } : { ok: false };
};

// "06894 9396850" for a stored "+4968949396850". A value that does not parse
// (stored before numbers were checked) is shown as it was typed.
export const nationalPhone = (e164: string): string => {
  const number = parsePhoneNumberFromString(e164, HOME_COUNTRY);
  return number?.isValid() ? number.formatNational() : e164;
};

// The href of a phone link, or undefined when the value is no phone number:
// then the site shows it as text rather than a link that dials nothing.
export const telHref = (value: string): string | undefined => {
  const number = parsePhoneNumberFromString(value, HOME_COUNTRY);
  return number?.isValid() ? number.getURI() : undefined;
};
