import { useT } from '../../i18n';
import { routeHash } from '../../store';
import type { CalendarEntry } from '../../../../shared/models/calendar';
import { entryKindKey, eventKindKey } from '../events/event-labels';
import { timeInZone } from '../events/event-text';

/** What kind of thing an entry is, in words: the event's kind, or the date's ("Applications close"). */
export function useEntryKindLabel(): (entry: CalendarEntry) => string {
  const t = useT();
  return (entry) => (entry.eventKind ? t(eventKindKey(entry.eventKind)) : t(entryKindKey(entry.kind)));
}

/** One entry as a link to its record: its time (with the event's zone when it is not this machine's) and title. */
export function CalendarEntryLink({ entry, day }: { entry: CalendarEntry; day?: string }) {
  const t = useT();
  const kindLabel = useEntryKindLabel()(entry);
  // A multi-day entry shows its time only on the day it starts.
  const time = entry.startTime && (!day || day === entry.startsOn) ? timeInZone(entry.startTime, entry.timeZone) : null;
  const label = [time, entry.kind === 'event' ? entry.title : `${kindLabel}: ${entry.title}`].filter(Boolean).join(' ');
  return (
    <a
      className={`calendar-entry calendar-entry--${entry.kind}${entry.moved ? ' calendar-entry--moved' : ''}`}
      href={routeHash({ view: 'detail', area: entry.target.area, id: entry.target.id })}
      title={[kindLabel, entry.context, entry.moved ? t('calendar.moved') : ''].filter(Boolean).join(' · ')}
    >
      {label}
    </a>
  );
}
