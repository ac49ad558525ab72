'use client';
import { Button, useField, useLocale, useTranslation } from '@payloadcms/ui';
import { deskTranslate } from '../i18n/desk';

type Props = { fieldPath: string; defaults: Record<string, string> };

// Under each message's wording: bring back the code's text in the language
// being edited (cms/mail/editable.ts). The form is then saved as usual, as a
// draft first, so nothing reaches customers before it is published.
export const ResetToDefault = ({ fieldPath, defaults }: Props) => {
  const { value, setValue } = useField<string>({ path: fieldPath });
  const locale = useLocale();
  const { t } = useTranslation();
  const desk = deskTranslate(t as never);
  const original = defaults[locale.code] ?? defaults.en ?? '';
  const isDefault = (value ?? '').trim() === original.trim();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) / 2)', marginTop: 4 }}>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={isDefault}
        onClick={() => setValue(original)}
      >
        {desk('wordingReset')}
      </Button>
      {isDefault && <span style={{ color: 'var(--theme-elevation-600)' }}>{desk('wordingIsDefault')}</span>}
    </div>
  );
};
