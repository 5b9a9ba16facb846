import type { Column } from '../../components/data-table';
import { formatDate, formatNumber, useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { Intake } from '../../../../shared/models/intake';
import { useOpenList } from '../common/list-query';
import { RecordsSection } from '../common/records-section';
import { useLoad } from '../common/use-load';
import { dateSpan } from './intake-dates';
import { intakesRecord } from './intakes-record';

/** A program page's intakes, newest start first, with a way to add the next one (`id`: the program's). */
export function ProgramIntakes({ id: programId }: { id: string }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  const openList = useOpenList(intakesRecord);
  const intakes = useLoad(() => send('intakes:list', { programId, limit: 200, sort: 'startsOn', dir: 'desc' }), `program-intakes:${programId}`, {
    reads: ['intake', 'program'],
  });
  const columns: Column<Intake>[] = [
    { key: 'name', header: t('col.name'), className: 'wide', render: (i) => i.name },
    { key: 'applications', header: t('intake.applications'), render: (i) => dateSpan(t, i.applicationsOpenOn, i.applicationsCloseOn) },
    { key: 'screening', header: t('intake.screening'), render: (i) => dateSpan(t, i.screeningStartsOn, i.screeningEndsOn) },
    { key: 'starts', header: t('intake.startsOn'), className: 'nowrap', render: (i) => (i.startsOn ? formatDate(i.startsOn) : '') },
    { key: 'places', header: t('intake.places'), className: 'num', render: (i) => (i.places === null ? '' : formatNumber(i.places)) },
  ];
  return (
    <RecordsSection
      title={t('program.intakes')}
      records={intakes}
      columns={columns}
      empty={t('intake.none')}
      onOpen={(row) => navigate({ view: 'detail', area: 'intakes', id: row.id })}
      add={{ label: t('intakes.new'), onClick: () => navigate({ view: 'new', area: 'intakes', parentId: programId }) }}
      onShowAll={() => openList({ programId })}
    />
  );
}
