'use client';
import { Button, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { locales, type Locale } from '@shared/i18n/locales';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES } from '@shared/limits';
import { repliesTranslate } from '../../i18n/replies/translate';
import { MAX_REPLY_CHARS, replyFields } from '../../replies/limits';
import { postReply } from './post';
import { useComposerData } from './useComposerData';

// The types the endpoint accepts (the evidence's list, cms/collections/Evidence/):
// the file picker offers these; the server still checks each file's content.
const ACCEPT = '.pdf,.txt,.png,.jpg,.jpeg,.gif,.webp,.eml,application/pdf,text/plain,image/*,message/rfc822';

const label: CSSProperties = { display: 'block', fontWeight: 600, marginBottom: 'calc(var(--base) / 4)' };
const hint: CSSProperties = { margin: 'calc(var(--base) / 4) 0 0', color: 'var(--theme-elevation-650)' };
// Drawn like Payload's own inputs (its theme's variables), so the composer
// reads as part of the page in the light and the dark theme.
const control: CSSProperties = {
  width: '100%',
  maxWidth: '48rem',
  boxSizing: 'border-box',
  font: 'inherit',
  minHeight: '2.5rem',
  padding: '0.5rem 0.75rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
};

const newKey = () => globalThis.crypto.randomUUID();

// Writing to the customer from a case or escalation: language, a canned reply
// (offered in that language, placeholders filled in for this record), the
// text, a question flag and files, sent with POST …/:id/reply
// (cms/replies/endpoint.ts). Not a <form>: it sits inside Payload's edit
// form, and a nested form would submit (save) that one instead. It never
// touches the record's fields: a reply changes neither status nor deadline.
export const ReplyComposer = () => {
  const { id, collectionSlug } = useDocumentInfo();
  const { t: payloadT } = useTranslation();
  const t = repliesTranslate(payloadT);
  const ids = { heading: useId(), language: useId(), canned: useId(), cannedHint: useId(), text: useId() };
  const more = { textHint: useId(), question: useId(), files: useId(), filesHint: useId(), errors: useId() };
  const [language, setLanguage] = useState<Locale | undefined>();
  const loaded = useComposerData(String(collectionSlug), String(id), language);
  const data = loaded.state === 'ready' ? loaded.data : undefined;
  const [canned, setCanned] = useState('');
  const [text, setText] = useState('');
  const [question, setQuestion] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileInput, setFileInput] = useState(0);
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [sentTo, setSentTo] = useState('');
  const [keptEdits, setKeptEdits] = useState(false);
  const modified = useFormModified();
  const router = useRouter();
  // Buttons arrive with the server's HTML before React attaches their handlers.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  if (!id || !collectionSlug) return null;
  const chosen = language ?? data?.customerLanguage;

  const pickCanned = (value: string) => {
    setCanned(value);
    const reply = data?.canned.find((offered) => String(offered.id) === value);
    if (reply) setText(reply.text);
  };

  const send = async () => {
    setBusy(true);
    setErrors([]);
    setSentTo('');
    setKeptEdits(false);
    const outcome = await postReply(
      collectionSlug,
      String(id),
      { text, canned, language: chosen ?? '', question, files, key },
      t('offline'),
    );
    setBusy(false);
    if (!outcome.ok) {
      setErrors(outcome.errors.length ? outcome.errors : [t('failed')]);
      return;
    }
    setSentTo(outcome.to);
    // The page's conversation, messages sent and timeline are drawn by the
    // server: a refresh shows the reply there. It would also put the server's
    // values back in the record's fields, so a colleague's unsaved edits are
    // left alone and they are told what to do instead.
    setKeptEdits(modified);
    if (!modified) router.refresh();
    setText('');
    setCanned('');
    setQuestion(false);
    setFiles([]);
    setFileInput((count) => count + 1);
    setKey(newKey());
  };

  return (
    <section
      aria-labelledby={ids.heading}
      style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) * 0.75)', maxWidth: '100%' }}
    >
      <h3 id={ids.heading} style={{ margin: 0 }}>
        {t('heading')}
      </h3>
      {data && <p style={{ margin: 0 }}>{data.to ? t('intro', { to: data.to }) : t('introNoEmail')}</p>}
      <div>
        <label htmlFor={ids.language} style={label}>
          {t('language')}
        </label>
        <select
          id={ids.language}
          name={replyFields.language}
          value={chosen ?? ''}
          // Until the record's language is known, a choice would be a guess.
          disabled={!chosen}
          onChange={(event) => {
            setLanguage(event.target.value as Locale);
            setCanned('');
          }}
          style={{ ...control, maxWidth: '20rem' }}
        >
          {locales.map(({ code, label: name }) => (
            <option key={code} value={code}>
              {code === data?.customerLanguage ? t('customerLanguage', { language: name }) : name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.canned} style={label}>
          {t('canned')}
        </label>
        <select
          id={ids.canned}
          name={replyFields.canned}
          value={canned}
          disabled={!data || data.canned.length === 0}
          aria-describedby={ids.cannedHint}
          onChange={(event) => pickCanned(event.target.value)}
          style={{ ...control, maxWidth: '32rem' }}
        >
          <option value="">{t('cannedNone')}</option>
          {data?.canned.map((reply) => (
            <option key={reply.id} value={String(reply.id)}>
              {reply.title}
            </option>
          ))}
        </select>
        <p id={ids.cannedHint} style={hint} aria-live="polite">
          {loaded.state === 'loading'
            ? t('cannedLoading')
            : loaded.state === 'failed'
              ? t('cannedLoadFailed')
              : data?.canned.length
                ? t('cannedReplaces')
                : t('cannedNoneInLanguage')}
        </p>
      </div>
      <div>
        <label htmlFor={ids.text} style={label}>
          {t('text')}
        </label>
        <textarea
          id={ids.text}
          name={replyFields.text}
          value={text}
          rows={10}
          lang={chosen}
          aria-describedby={[more.textHint, errors.length ? more.errors : ''].filter(Boolean).join(' ')}
          aria-invalid={errors.length > 0 || text.length > MAX_REPLY_CHARS}
          onChange={(event) => setText(event.target.value)}
          style={control}
        />
        <p id={more.textHint} style={hint}>
          {t('textHint', { list: (data?.placeholders ?? []).map((name) => `{${name}}`).join(', ') })}{' '}
          {text.length > MAX_REPLY_CHARS ? t('tooLong', { max: MAX_REPLY_CHARS }) : ''}
        </p>
      </div>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'flex-start' }}>
        <input
          id={more.question}
          type="checkbox"
          name={replyFields.question}
          checked={question}
          onChange={(event) => setQuestion(event.target.checked)}
          style={{ marginTop: '0.3em' }}
        />
        <label htmlFor={more.question}>{t('question')}</label>
      </div>
      <div>
        <label htmlFor={more.files} style={label}>
          {t('attachments')}
        </label>
        <input
          key={fileInput}
          id={more.files}
          type="file"
          multiple
          name={replyFields.files}
          accept={ACCEPT}
          aria-describedby={more.filesHint}
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
          style={control}
        />
        <p id={more.filesHint} style={hint}>
          {t('attachmentsHint', {
            count: MAX_EVIDENCE_FILES,
            size: `${Math.round(MAX_EVIDENCE_FILE_BYTES / (1024 * 1024))} MB`,
          })}
        </p>
      </div>
      <div>
        <Button
          buttonStyle="primary"
          disabled={!hydrated || busy || !chosen || (data !== undefined && !data.to)}
          onClick={() => void send()}
          margin={false}
        >
          {busy ? t('sending') : t('send')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {sentTo && <p style={{ margin: 0, fontWeight: 600 }}>{t('sent', { to: sentTo })}</p>}
        {sentTo && keptEdits && <p style={{ margin: 0 }}>{t('sentKeepEdits')}</p>}
      </div>
      {errors.length > 0 && (
        <ul id={more.errors} role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </section>
  );
};
