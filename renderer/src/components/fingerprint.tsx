export type FingerprintProps = { value: string; small?: boolean };

/**
 * A key fingerprint in groups of four, on two even lines so it can be read out and compared. The
 * text stays the one string (with a space where the line breaks), so it selects and searches whole.
 */
export function Fingerprint({ value, small }: FingerprintProps) {
  const groups = value.split(' ');
  const half = Math.ceil(groups.length / 2);
  return (
    <code className={small ? 'fingerprint fingerprint--small' : 'fingerprint'}>
      {groups.slice(0, half).join(' ')}
      {groups.length > half ? (
        <>
          {' '}
          <br />
          {groups.slice(half).join(' ')}
        </>
      ) : null}
    </code>
  );
}
