import type { AgreementStatus } from '../../../shared/models/agreement';
import { useT } from '../i18n';
import { statusKey } from '../i18n/labels';

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(statusKey(status))}</span>;
}
