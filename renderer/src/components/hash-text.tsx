export type HashTextProps = {
  hash: string;
  /** What a screen reader reads for the short form, e.g. "SHA-256 3f2a…" with the full hash. */
  label?: string;
  /** Shows the whole hash, selectable, instead of the short form. */
  full?: boolean;
};

/** Head and tail of a hash, enough to compare at a glance. */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-6)}` : hash;
}

/**
 * A SHA-256 in monospace. Short form: the whole hash is in the tooltip and in the text read aloud.
 * Full form: a `<code>` the user can select and copy (the app has no clipboard permission).
 */
export function HashText({ hash, label, full }: HashTextProps) {
  if (full) return <code className="hash hash--full">{hash}</code>;
  return (
    <code className="hash" title={hash}>
      <span aria-hidden="true">{shortHash(hash)}</span>
      <span className="visually-hidden">{label ?? hash}</span>
    </code>
  );
}
