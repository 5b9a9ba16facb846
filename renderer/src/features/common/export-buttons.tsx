import { useState } from 'react';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import type { FileLink, FileOut } from '../../../../shared/models/export';
import { notifyError, notifySuccess } from './notify';
import { saveFile } from './save-file';

export type ExportChoice<F extends string> = { format: F; label: string };

export type ExportButtonsProps<F extends string> = {
  choices: ReadonlyArray<ExportChoice<F>>;
  /** Asks main for the file in that format: whole, or as a link it writes while it is downloaded. */
  produce: (format: F) => Promise<FileOut | FileLink>;
  /** What the spinner says while main writes it (a PDF takes a moment); no spinner without it. */
  busyLabel?: (format: F) => string;
  /** After the file is saved: e.g. refresh the history the export is recorded in. */
  saved?: () => void;
  size?: 'small' | 'normal';
  /** A hint on every button (what the export holds). */
  title?: string;
};

/**
 * One button per format; one export at a time, the others disabled while it runs, then the file is
 * handed to the user and named in a toast. Every export in the app goes through here.
 */
export function ExportButtons<F extends string>({ choices, produce, busyLabel, saved, size, title }: ExportButtonsProps<F>) {
  const t = useT();
  const [busy, setBusy] = useState<F | null>(null);
  const exportAs = async (format: F) => {
    setBusy(format);
    try {
      const file = await produce(format);
      saveFile(file);
      notifySuccess(t('common.savedFile', { fileName: file.fileName }));
      saved?.();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="button-row" aria-busy={busy !== null || undefined}>
      {choices.map((choice) => (
        <Button key={choice.format} size={size} title={title} disabled={busy !== null} onClick={() => void exportAs(choice.format)}>
          {choice.label}
        </Button>
      ))}
      {busy && busyLabel ? <Spinner label={busyLabel(busy)} inline /> : null}
    </div>
  );
}
