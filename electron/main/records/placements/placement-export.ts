import { localToday } from '../../../../shared/calendar';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { FileOut } from '../../../../shared/models/export';
import { placementsCsvChunks, placementsMarkdownChunks } from '../../exports/placements-export';
import { timestamp, type ServiceContext } from '../../services/service-context';
import { placementTable } from './placement-table';

/**
 * The placements list with the list view's filters, every page of it, as CSV or Markdown: pages are
 * read by seeking past the last (the list's own index walk) and turned into text as they come.
 */
export function exportPlacements(ctx: ServiceContext, input: ChannelParsedInput<'placements:export'>): FileOut {
  const { format, ...filter } = input;
  const today = localToday(ctx.now());
  const first = placementTable.list(ctx.db, { ...filter, offset: 0, limit: 500 }, today);
  function* pages() {
    let page = first;
    yield page.rows;
    while (page.next) {
      page = placementTable.list(ctx.db, { ...filter, offset: 0, limit: 500, after: page.next }, today);
      yield page.rows;
    }
  }
  const list = { total: first.total, pages: pages() };
  const chunks = format === 'csv' ? placementsCsvChunks(list) : placementsMarkdownChunks(list, timestamp(ctx));
  const content = Buffer.concat([...chunks].map((chunk) => Buffer.from(chunk, 'utf8')));
  return {
    fileName: `placements-${today}.${format === 'csv' ? 'csv' : 'md'}`,
    mediaType: format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
    contentBase64: content.toString('base64'),
  };
}
