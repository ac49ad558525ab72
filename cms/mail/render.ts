// Turns a composed message into the HTML and plain-text bodies that are stored
// in the outbox and sent. Everything is escaped here, once: the customer's own
// words, staff answers, names and even our wording.
import { labelled } from '@shared/i18n/typography';

export type MailPart =
  | { paragraph: string }
  | { facts: [label: string, value: string][] }
  | { quote: { label: string; text: string } }
  | { link: { label: string; url: string } };

export type MailContent = {
  language: string;
  subject: string;
  greeting: string;
  parts: MailPart[];
  signature: string;
};

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

// Only web links we build ourselves go into an href; anything else is shown as text.
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : undefined);

const htmlPart = (part: MailPart, language: string): string => {
  if ('paragraph' in part) return `<p style="margin:0 0 16px">${lines(part.paragraph)}</p>`;
  if ('facts' in part) {
    const rows = part.facts
      .map(
        ([label, value]) =>
          `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;font-weight:600;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0">${lines(value)}</td></tr>`,
      )
      .join('');
    return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows}</table>`;
  }
  if ('quote' in part) {
    return `<p style="margin:0 0 4px;font-weight:600">${escapeHtml(part.quote.label)}</p><blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #8a8a8a;background:#f4f4f4">${lines(part.quote.text)}</blockquote>`;
  }
  const href = safeUrl(part.link.url);
  return href
    ? `<p style="margin:0 0 16px"><a href="${href}" style="color:#0b4f9c;font-weight:600">${escapeHtml(part.link.label)}</a></p>`
    : `<p style="margin:0 0 16px">${escapeHtml(labelled(language, part.link.label, part.link.url))}</p>`;
};

export const renderHtml = (content: MailContent): string =>
  [
    '<!doctype html>',
    `<html lang="${escapeHtml(content.language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto">',
    // Staff mail has neither greeting nor signature: no empty lines for them.
    ...(content.greeting ? [`<p style="margin:0 0 16px">${lines(content.greeting)}</p>`] : []),
    ...content.parts.map((part) => htmlPart(part, content.language)),
    ...(content.signature ? [`<p style="margin:24px 0 0">${lines(content.signature)}</p>`] : []),
    '</div></body></html>',
  ].join('\n');

const textPart = (part: MailPart, language: string): string => {
  if ('paragraph' in part) return part.paragraph;
  if ('facts' in part) return part.facts.map(([label, value]) => labelled(language, label, value)).join('\n');
  if ('quote' in part) return `${labelled(language, part.quote.label)}\n${part.quote.text.replace(/^/gm, '> ')}`;
  return `${labelled(language, part.link.label)}\n${part.link.url}`;
};

export const renderText = (content: MailContent): string =>
  [content.greeting, ...content.parts.map((part) => textPart(part, content.language)), content.signature]
    .filter(Boolean)
    .join('\n\n') + '\n';
