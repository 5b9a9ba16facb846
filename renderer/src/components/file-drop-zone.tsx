import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { FieldFrame } from './field';

export type FileDropZoneProps = {
  /** The file input's label (its accessible name). */
  label: string;
  /** Shown inside the zone, e.g. "Drop a file here, or choose one." */
  dropHint: string;
  onFile: (file: File | null) => void;
  accept?: string;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  required?: boolean;
  /** Clears the input as the picker opens, so choosing the same (edited) file again counts. */
  rechoose?: boolean;
};

/** A labelled file input inside a zone that also takes a dropped file. */
export function FileDropZone({ label, dropHint, onFile, accept, hint, error, disabled, required, rechoose }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (!file) return;
    // Show the dropped file in the input too, as if it had been chosen there.
    try {
      if (input.current) input.current.files = event.dataTransfer.files;
    } catch {
      // Older engines cannot set `files`; the choice still counts.
    }
    onFile(file);
  };
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required}>
      {(wiring) => (
        <div
          className={['drop-zone', over ? 'drop-zone--over' : '', disabled ? 'drop-zone--disabled' : ''].filter(Boolean).join(' ')}
          onDragOver={onDragOver}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <span className="drop-zone__hint" aria-hidden="true">
            {dropHint}
          </span>
          <input
            {...wiring}
            ref={input}
            className="drop-zone__input"
            type="file"
            accept={accept}
            disabled={disabled}
            onClick={(event) => {
              if (rechoose) event.currentTarget.value = '';
            }}
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          />
        </div>
      )}
    </FieldFrame>
  );
}
