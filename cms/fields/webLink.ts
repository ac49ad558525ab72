// A link an editor puts in published text: a full web address, a mailbox, a
// phone number or a path on the site itself. Anything else ("www.example",
// "javascript:…", "call us maybe") is refused on save rather than published as
// a link that goes nowhere.
export const isPublishableLink = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  const url = value.trim();
  if (/^\/(?!\/)\S*$/.test(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return /\.[a-z0-9-]{2,}$/i.test(parsed.hostname);
  if (parsed.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(parsed.pathname));
  if (parsed.protocol === 'tel:') return /^\+[0-9]{6,15}$/.test(parsed.pathname.replace(/[\s().-]/g, ''));
  return false;
};
