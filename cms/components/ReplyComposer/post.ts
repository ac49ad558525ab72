'use client';
import { replyFields } from '../../replies/limits';

export type Draft = {
  text: string;
  canned: string;
  language: string;
  question: boolean;
  files: File[];
  key: string;
};

export type Sent = { ok: true; to: string } | { ok: false; errors: string[] };

// Sends the reply as multipart (the files with it) to POST
// /api/<collection>/:id/reply; the answer's errors are in the admin's language.
export const postReply = async (collection: string, id: string, draft: Draft, offline: string): Promise<Sent> => {
  const body = new FormData();
  body.set(replyFields.text, draft.text);
  if (draft.canned) body.set(replyFields.canned, draft.canned);
  body.set(replyFields.language, draft.language);
  if (draft.question) body.set(replyFields.question, 'true');
  body.set(replyFields.key, draft.key);
  for (const file of draft.files) body.append(replyFields.files, file, file.name);
  try {
    const response = await fetch(`/api/${collection}/${id}/reply`, { method: 'POST', credentials: 'include', body });
    const json = (await response.json().catch(() => ({}))) as { to?: string; errors?: { message: string }[] };
    if (response.ok) return { ok: true, to: json.to ?? '' };
    return { ok: false, errors: (json.errors ?? []).map((error) => error.message) };
  } catch {
    return { ok: false, errors: [offline] };
  }
};
