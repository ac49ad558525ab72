'use client';
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui';
import { useEffect, useId, useState } from 'react';
import { deskTranslate } from '../i18n/desk';
import { awaitingAnswer, type Status } from '../workflow/lifecycle';

type Panel = 'extend' | 'answer' | 'duplicate' | null;

// The desk's steps as buttons at the top of a case or an escalation. Each sends
// one request that saves the record as a whole (see cms/workflow/actions.ts);
// the page reloads to show the new status, deadline, timeline and outbox entry.
export const CaseActions = () => {
  const { id, collectionSlug } = useDocumentInfo();
  const t = deskTranslate(useTranslation().t);
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined;
  const byPost = !useFormFields(([fields]) => fields['reporter.email']?.value);
  const [panel, setPanel] = useState<Panel>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // The buttons arrive with the server's HTML, before React has attached their
  // click handlers; a click in that moment would do nothing. They stay
  // disabled until the component has hydrated.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const idle = hydrated && !busy;
  const ids = { answer: useId(), date: useId(), reason: useId(), late: useId(), original: useId(), errors: useId() };
  const finalAnswer = collectionSlug === 'escalations';
  const run = async (body: Record<string, unknown>) => {
    setBusy(true);
    setErrors([]);
    const response = await fetch(`/api/${collectionSlug}/${id}/actions`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) {
      window.location.reload();
      return;
    }
    const { errors: found = [] } = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] };
    setErrors(found.map((error) => error.message));
    setBusy(false);
  };

  // The panels are not <form>s: they sit inside Payload's own edit form, and a
  // nested form would submit (save) that one instead.
  const [values, setValues] = useState({ answer: '', expectedAnswerAt: '', reason: '', lateReason: '', original: '' });
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  if (!id || !status) return null;
  return (
    <section
      aria-label={t('actionsRegion')}
      style={{ marginBottom: 'var(--base)', display: 'grid', gap: 'calc(var(--base) / 2)' }}
    >
      {byPost && <p>{t('byPostHint')}</p>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
        {status === 'received' && (
          <Button buttonStyle="secondary" disabled={!idle} onClick={() => void run({ action: 'acknowledge' })}>
            {t('acknowledge')}
          </Button>
        )}
        {status === 'acknowledged' && (
          <Button buttonStyle="secondary" disabled={!idle} onClick={() => void run({ action: 'startWork' })}>
            {t('startInvestigating')}
          </Button>
        )}
        {awaitingAnswer.includes(status as Status) && (
          <Button
            buttonStyle="secondary"
            disabled={!idle}
            onClick={() => setPanel(panel === 'extend' ? null : 'extend')}
          >
            {t('sendExtensionNotice')}
          </Button>
        )}
        {status === 'inProgress' && (
          <Button buttonStyle="primary" disabled={!idle} onClick={() => setPanel(panel === 'answer' ? null : 'answer')}>
            {finalAnswer ? t('sendFinalAnswer') : t('sendAnswer')}
          </Button>
        )}
        {!finalAnswer && status !== 'closed' && status !== 'escalated' && (
          <Button
            buttonStyle="secondary"
            disabled={!idle}
            onClick={() => setPanel(panel === 'duplicate' ? null : 'duplicate')}
          >
            {t('closeAsDuplicate')}
          </Button>
        )}
      </div>
      {panel === 'duplicate' && (
        <div role="group" aria-describedby={errors.length ? ids.errors : undefined}>
          <label htmlFor={ids.original} style={{ display: 'block', fontWeight: 600 }}>
            {t('originalCaseNumber')}
          </label>
          <input id={ids.original} {...bind('original')} required placeholder="C-2026-000123" />
          <Button disabled={!idle} onClick={() => void run({ action: 'closeAsDuplicate', original: values.original })}>
            {t('linkAndClose')}
          </Button>
        </div>
      )}
      {panel === 'answer' && (
        <div role="group" aria-describedby={errors.length ? ids.errors : undefined}>
          <label htmlFor={ids.answer} style={{ display: 'block', fontWeight: 600 }}>
            {finalAnswer ? t('yourFinalAnswer') : t('yourAnswer')}
          </label>
          <textarea id={ids.answer} {...bind('answer')} required rows={8} style={{ width: '100%' }} />
          <Button disabled={!idle} onClick={() => void run({ action: 'answer', answer: values.answer })}>
            {byPost ? t('recordPostedAnswer') : t('sendAndMarkAnswered')}
          </Button>
        </div>
      )}
      {panel === 'extend' && (
        <div role="group" aria-describedby={errors.length ? ids.errors : undefined}>
          <label htmlFor={ids.date} style={{ display: 'block', fontWeight: 600 }}>
            {t('newAnswerDate')}
          </label>
          <input id={ids.date} {...bind('expectedAnswerAt')} type="date" required />
          <label htmlFor={ids.reason} style={{ display: 'block', fontWeight: 600 }}>
            {t('extensionReason')}
          </label>
          <textarea id={ids.reason} {...bind('reason')} required rows={3} style={{ width: '100%' }} />
          <label htmlFor={ids.late} style={{ display: 'block', fontWeight: 600 }}>
            {t('lateReasonLabel')}
          </label>
          <textarea id={ids.late} {...bind('lateReason')} rows={2} style={{ width: '100%' }} />
          <Button
            disabled={!idle}
            onClick={() =>
              void run({
                action: 'extend',
                expectedAnswerAt: values.expectedAnswerAt,
                reason: values.reason,
                lateReason: values.lateReason || undefined,
              })
            }
          >
            {t('sendExtensionNoticeSubmit')}
          </Button>
        </div>
      )}
      {errors.length > 0 && (
        <ul id={ids.errors} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </section>
  );
};
