import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { FileDropZone } from '../../components/file-drop-zone';
import { Modal } from '../../components/modal';
import { Spinner } from '../../components/spinner';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { DocumentUpload, MAX_DOCUMENT_BYTES, type RecordDocument } from '../../../../shared/models/document';
import type { RecordRef } from '../../../../shared/models/record-ref';
import { readFileBase64 } from '../common/base64';
import { fieldIssuesToErrors, zodIssuesToErrors, type FieldErrors } from '../common/form-errors';
import { errorMessage, isClientError, notifySuccess } from '../common/notify';

export type AttachDialogProps = {
  /** The record the document belongs to (an agreement, an organisation, a person). */
  owner: RecordRef;
  /** Given: the file becomes a new version of this document. */
  document?: RecordDocument;
  /** Desktop: main shows the open dialog; browser: a file input (or a dropped file). */
  desktop: boolean;
  onDone: (document: RecordDocument) => void;
  onCancel: () => void;
};

const ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/png,image/jpeg,image/tiff';
/** Input paths that are about the file itself. */
const FILE_PATHS = new Set(['fileName', 'contentBase64']);

/** Errors by field, with anything about the bytes or the name shown on the file chooser. */
function onFields(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) out[FILE_PATHS.has(path) ? 'file' : path] ??= message;
  return out;
}

/** Attaches a new document, or a new version of one. */
export function AttachDialog({ owner, document, desktop, onDone, onCancel }: AttachDialogProps) {
  const t = useT();
  const formId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState('');
  const [signed, setSigned] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fields = { owner, ...(document ? { documentId: document.id } : {}), title, language, signed };

  const finish = (added: RecordDocument, fileName: string) => {
    notifySuccess(t('documents.attached', { fileName }));
    onDone(added);
  };

  const fail = (error: unknown) => {
    if (isClientError(error, 'VALIDATION')) {
      // Main's words (e.g. the file is not a PDF at all) go next to what they are about.
      const byField = onFields(fieldIssuesToErrors(error.issues));
      setErrors(Object.keys(byField).length > 0 ? byField : { file: errorMessage(error) });
    } else setProblem(errorMessage(error));
  };

  const upload = async () => {
    if (!file) return setErrors({ file: t('documents.noFile') });
    if (file.size > MAX_DOCUMENT_BYTES) return setErrors({ file: t('common.fileTooLarge', { size: '25 MiB' }) });
    let contentBase64: string;
    try {
      contentBase64 = await readFileBase64(file);
    } catch {
      return setErrors({ file: t('common.fileUnreadable') });
    }
    const input = { ...fields, fileName: file.name, contentBase64 };
    const parsed = DocumentUpload.safeParse(input);
    if (!parsed.success) return setErrors(onFields(zodIssuesToErrors(parsed.error.issues)));
    finish(await send('documents:add', input), file.name);
  };

  const pick = async () => {
    const added = await send('documents:pick', fields);
    if (added) finish(added, added.versions[0]?.fileName ?? added.title);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setErrors({});
    setProblem(null);
    setBusy(true);
    try {
      await (desktop ? pick() : upload());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const heading = document ? t('documents.addVersionTitle', { title: document.title }) : t('documents.attach');
  return (
    <Modal
      title={heading}
      onCancel={busy ? () => undefined : onCancel}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy}>
            {desktop ? t('documents.chooseFile') : t('documents.attachButton')}
          </Button>
        </>
      }
    >
      <form id={formId} className="modal__form" noValidate onSubmit={submit} aria-busy={busy || undefined}>
        {problem ? (
          <div className="form-summary" role="alert">
            {problem}
          </div>
        ) : null}
        {desktop ? (
          <p className="muted">{t('documents.pickHint')}</p>
        ) : (
          <FileDropZone
            label={t('documents.file')}
            dropHint={t('common.dropHint')}
            hint={t('documents.fileHint')}
            accept={ACCEPT}
            error={errors.file}
            disabled={busy}
            required
            onFile={(next) => {
              setFile(next);
              setErrors({});
            }}
          />
        )}
        {document ? null : (
          <>
            <TextField label={t('documents.titleField')} value={title} onChange={setTitle} error={errors.title} hint={t('documents.titleHint')} />
            <TextField
              label={t('documents.language')}
              value={language}
              onChange={setLanguage}
              error={errors.language}
              hint={t('documents.languageHint')}
              className="narrow-field"
            />
          </>
        )}
        <CheckboxField label={t('documents.signedCheckbox')} checked={signed} onChange={setSigned} disabled={busy} />
        {busy ? <Spinner label={t('documents.uploading')} inline /> : null}
      </form>
    </Modal>
  );
}
