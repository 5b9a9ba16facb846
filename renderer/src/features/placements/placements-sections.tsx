import type { Column } from '../../components/data-table';
import { formatDate, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Placement, PlacementQuery } from '../../../../shared/models/placement';
import { useOpenList } from '../common/list-query';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { PlacementStatusBadge } from './placement-status';
import { placementsRecord } from './placements-record';

const SECTION_LIMIT = 100;

type Scope = Pick<PlacementQuery, 'internId' | 'agreementId' | 'programId'>;

/** The placements of one person, agreement or program, newest start first. */
function ScopedPlacements({ scope, title, showIntern, add }: { scope: Scope; title: string; showIntern: boolean; add?: () => void }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const openList = useOpenList(placementsRecord);
  const placements = useLoad(
    () => send('placements:list', { ...scope, limit: SECTION_LIMIT, sort: 'startsOn', dir: 'desc' }),
    `placements-of:${JSON.stringify(scope)}`,
    { reads: placementsRecord.reads },
  );
  const columns: Column<Placement>[] = [
    ...(showIntern ? [{ key: 'intern', header: t('placement.intern'), className: 'wide', render: (p: Placement) => p.internName }] : []),
    { key: 'host', header: t('placement.host'), className: showIntern ? undefined : 'wide', render: (p) => p.hostName },
    { key: 'status', header: t('placement.status'), render: (p) => <PlacementStatusBadge status={p.status} /> },
    { key: 'starts', header: t('placement.startsOn'), className: 'nowrap', render: (p) => formatDate(p.startsOn) },
    { key: 'ends', header: t('placement.endsOn'), className: 'nowrap', render: (p) => formatDate(p.endsOn) },
  ];
  return (
    <RecordsSection
      title={title}
      records={placements}
      columns={columns}
      empty={t('placement.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'placements', id: row.id })}
      add={add ? { label: t('placements.new'), onClick: add } : undefined}
      onShowAll={() => openList(scope)}
    />
  );
}

/** A person's page: the internships they did. */
export function PersonPlacements({ id }: { id: string }) {
  const t = useT();
  return <ScopedPlacements scope={{ internId: id }} title={t('placement.personPlacements')} showIntern={false} />;
}

/** An agreement's page: the placements under it, and a way to record one. */
export function AgreementPlacements({ id }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <ScopedPlacements
      scope={{ agreementId: id }}
      title={t('placement.agreementPlacements')}
      showIntern
      add={() => navigate({ view: 'new', area: 'placements', parentId: id })}
    />
  );
}

/** A program's page: the placements it made. */
export function ProgramPlacements({ id }: { id: string }) {
  const t = useT();
  return <ScopedPlacements scope={{ programId: id }} title={t('placement.programPlacements')} showIntern />;
}
