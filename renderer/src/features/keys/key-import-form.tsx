import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { FileDropZone } from '../../components/file-drop-zone';
import { Spinner } from '../../components/spinner';
import { TextArea, TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { KeyImport, type KeyInfo } from '../../../../shared/models/export';
import { readFileText } from '../common/base64';
import { fieldIssuesToErrors, zodIssuesToErrors, type FieldErrors } from '../common/form-errors';
import { errorMessage, isClientError, notifySuccess } from '../common/notify';

/** Largest key file worth reading: a PEM or our JSON key file is well under 2 KB. */
const MAX_KEY_FILE = 20_000;

/** Imports a partner's public key, from their key file or pasted PEM, under a name. */
export function KeyImportForm({ onImported }: { onImported: (key: KeyInfo) => void }) {
  const t = useT();
  const [label, setLabel] = useState('');
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_KEY_FILE) return setErrors({ content: t('common.fileTooLarge', { size: '20 KB' }) });
    try {
      setContent(await readFileText(file));
      setErrors({});
    } catch {
      setErrors({ content: t('common.fileUnreadable') });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const input = { label, content };
    const parsed = KeyImport.safeParse(input);
    if (!parsed.success) {
      const found = zodIssuesToErrors(parsed.error.issues);
      // The schema's "too short" says nothing useful about an empty key.
      if (found.content && content.trim() === '') found.content = t('keys.importContentMissing');
      return setErrors(found);
    }
    setBusy(true);
    setErrors({});
    try {
      const key = await send('keys:importPublic', input);
      notifySuccess(t('keys.imported', { keyId: key.keyId }));
      setLabel('');
      setContent('');
      onImported(key);
    } catch (error) {
      const fromServer = isClientError(error) ? fieldIssuesToErrors(error.issues) : {};
      setErrors(fromServer.content || fromServer.label ? fromServer : { content: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form key-import" noValidate onSubmit={submit} aria-label={t('keys.import')}>
      <TextField
        label={t('keys.importLabel')}
        value={label}
        onChange={(next) => {
          setLabel(next);
          setErrors((e) => ({ ...e, label: '' }));
        }}
        error={errors.label || undefined}
        hint={t('keys.importLabelHint')}
        required
      />
      <FileDropZone label={t('keys.importFile')} dropHint={t('common.dropHint')} accept=".json,.pem,.pub,.txt" onFile={onFile} disabled={busy} />
      <TextArea
        label={t('keys.importContent')}
        value={content}
        onChange={(next) => {
          setContent(next);
          setErrors((e) => ({ ...e, content: '' }));
        }}
        error={errors.content || undefined}
        hint={t('keys.importContentHint')}
        rows={6}
        required
        textareaProps={{ spellCheck: false }}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('keys.importButton')}
        </Button>
        {busy ? <Spinner label={t('keys.importing')} inline /> : null}
      </div>
    </form>
  );
}
