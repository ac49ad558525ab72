import type { PayloadRequest } from 'payload';
import { isLocale, type Locale } from '@shared/i18n/locales';
import { MAX_FORM_BYTES } from '@shared/limits';
import type { IncomingFile } from '../collections/Evidence/store';
import { readLimitedBytes } from '../collections/Partners/readBody';
import type { RepliesKey } from '../i18n/replies/en';
import { MAX_REPLY_CHARS, replyFields } from './limits';

export type ReplyInput = {
  text: string;
  canned?: string;
  language?: Locale;
  question: boolean;
  key?: string;
  files: IncomingFile[];
};

export type Refusal = { status: number; key: RepliesKey; values?: Record<string, string | number> };

type Parsed = { ok: true; input: ReplyInput } | ({ ok: false } & Refusal);

const refuse = (status: number, key: RepliesKey, values?: Refusal['values']): Parsed => ({
  ok: false,
  status,
  key,
  values,
});

const textOf = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
};

const parseJson = (body: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(body || '{}');
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

// The reply as the composer sends it (multipart/form-data, with the files) or
// as JSON without files. A body larger than every file at its largest is
// refused before it is read to its end.
export const readReplyInput = async (req: PayloadRequest): Promise<Parsed> => {
  const type = req.headers.get('content-type') ?? '';
  const read = await readLimitedBytes(req as unknown as Request, MAX_FORM_BYTES);
  if (!read.ok) return refuse(413, 'tooLarge');
  let form: FormData;
  if (/^multipart\/form-data/i.test(type)) {
    form = await new Response(new Uint8Array(read.bytes), { headers: { 'content-type': type } }).formData();
  } else {
    const json = parseJson(read.bytes.toString('utf8'));
    if (!json) return refuse(400, 'empty');
    form = new FormData();
    for (const [name, value] of Object.entries(json)) {
      if (typeof value === 'string' || typeof value === 'boolean') form.set(name, String(value));
    }
  }
  const language = textOf(form, replyFields.language);
  if (language && !isLocale(language)) return refuse(400, 'badLanguage');
  const text = (textOf(form, replyFields.text) ?? '').replace(/\r\n/g, '\n').trim();
  if (text.length > MAX_REPLY_CHARS) return refuse(400, 'tooLong', { max: MAX_REPLY_CHARS });
  const uploads = form.getAll(replyFields.files).filter((entry): entry is File => typeof entry !== 'string');
  const files = await Promise.all(
    uploads
      .filter((file) => file.size > 0 || file.name)
      .map(async (file) => ({
        filename: file.name || 'attachment',
        contentType: file.type || 'application/octet-stream',
        content: Buffer.from(await file.arrayBuffer()),
      })),
  );
  return {
    ok: true,
    input: {
      text,
      canned: textOf(form, replyFields.canned),
      language: language as Locale | undefined,
      question: ['true', 'on', '1'].includes(textOf(form, replyFields.question) ?? ''),
      key: textOf(form, replyFields.key)?.slice(0, 100),
      files,
    },
  };
};
