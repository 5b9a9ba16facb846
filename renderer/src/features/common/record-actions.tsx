import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';

/**
 * The actions at the head of every record's page: Edit, anything the record type adds, and Delete
 * (left out where the record cannot be deleted, e.g. an agreement past its draft).
 */
export function RecordActions({
  onEdit,
  onDelete,
  editLabel,
  deleteLabel,
  children,
}: {
  onEdit: () => void;
  onDelete?: () => void;
  editLabel?: string;
  deleteLabel?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <Button onClick={onEdit}>{editLabel ?? t('common.edit')}</Button>
      {children}
      {onDelete ? (
        <Button variant="danger" onClick={onDelete}>
          {deleteLabel ?? t('common.delete')}
        </Button>
      ) : null}
    </>
  );
}
