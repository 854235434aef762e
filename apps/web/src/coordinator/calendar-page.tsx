import { parseDate } from '@internationalized/date';
import { useCallback, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { formatDay } from '../ui/format';
import { Notice } from '../ui/notices';
import { Select } from '../ui/select';
import { BookingList } from './booking-list';
import { BookRoomForm, type Slot } from './book-room-form';
import { bookingsOf, eventsOf, type CalendarBranch } from './calendar-events';
import { dayStart, fromFloating, mondayOf } from './calendar-time';
import { CalendarView } from './calendar-view';
import { ClosuresPanel } from './closures-panel';
import { localToday } from './dates';

const BRANCHES = graphql(`
  query CoordinatorCalendarBranches {
    me {
      id
      branches {
        id
      }
    }
    branches {
      id
      name
      timeZone
    }
  }
`);

const CALENDAR = graphql(`
  query CoordinatorCalendar($branchId: ID!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {
    branch(id: $branchId) {
      id
      name
      timeZone
      openingHours {
        weekday
        opens
        closes
      }
      closures(from: $fromDay, to: $toDay) {
        id
        startsOn
        endsOn
        reason
      }
      rooms {
        id
        name
        capacity
        bookings(from: $from, to: $to) {
          id
          kind
          status
          startsAt
          endsAt
          blockedFrom
          blockedUntil
          note
          session {
            id
            status
            seatsTaken
            waitlistLength
            workshop {
              id
              title
            }
          }
        }
      }
    }
  }
`);

type View = 'week' | 'day';

/** `/coordinator/calendar?branch=…&date=…&view=week|day`: a branch's rooms side by side, with what can be done to each booking. */
export function CalendarPage() {
  const { t } = useI18n();
  usePageTitle(t('coord.calendar'));
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const [branches] = useQuery({ query: BRANCHES });
  const mine = new Set(branches.data?.me?.branches.map((b) => b.id) ?? []);
  const list = branches.data?.branches ?? [];
  const branchId = params.get('branch') ?? list.find((b) => mine.has(b.id))?.id ?? list[0]?.id ?? null;
  const date = params.get('date') ?? localToday();
  const view: View = params.get('view') === 'day' ? 'day' : 'week';
  const go = (next: { branch?: string; date?: string; view?: View }) => {
    const query = new URLSearchParams({ branch: next.branch ?? branchId ?? '', date: next.date ?? date, view: next.view ?? view });
    navigate(`/coordinator/calendar?${query}`);
  };
  const chosen = list.find((b) => b.id === branchId) ?? null;
  const problem = problemOf(branches.error, t);
  if (problem) return <Notice kind="error">{problem.summary}</Notice>;
  return (
    <>
      <h1>{t('coord.calendarTitle')}</h1>
      <div className="inline-fields">
        <Select
          label={t('coord.branch')}
          options={list.map((b) => ({ id: b.id, label: b.name }))}
          value={branchId}
          onChange={(id) => id && go({ branch: id })}
        />
      </div>
      {chosen ? (
        <BranchCalendar key={chosen.id} branchId={chosen.id} timeZone={chosen.timeZone} date={date} view={view} go={go} />
      ) : branches.data ? (
        <p>{t('coord.noBranches')}</p>
      ) : null}
    </>
  );
}

function BranchCalendar({
  branchId,
  timeZone,
  date,
  view,
  go,
}: {
  branchId: string;
  /** The branch's zone: the window asked for is its own days. */
  timeZone: string;
  date: string;
  view: View;
  go: (next: { date?: string; view?: View }) => void;
}) {
  const { t, language } = useI18n();
  const first = view === 'week' ? mondayOf(date) : date;
  const days = useMemo(
    () => Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => parseDate(first).add({ days: i }).toString()),
    [first, view],
  );
  const last = days[days.length - 1];
  const variables = {
    branchId,
    from: dayStart(first, timeZone),
    to: dayStart(parseDate(last).add({ days: 1 }).toString(), timeZone),
    fromDay: first,
    toDay: last,
  };
  const [result, refetch] = useQuery({ query: CALENDAR, variables });
  const branch = result.data?.branch ?? null;
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const problem = problemOf(result.error, t);
  const step = view === 'week' ? 7 : 1;
  const title = view === 'week' ? t('coord.weekOf', { day: formatDay(first, language) }) : formatDay(first, language);
  return (
    <>
      <div className="calendar-toolbar" role="group" aria-label={t('coord.calendarControls')}>
        <Button variant="secondary" onPress={() => go({ date: parseDate(first).subtract({ days: step }).toString() })}>
          {t(view === 'week' ? 'coord.previousWeek' : 'coord.previousDay')}
        </Button>
        <Button variant="secondary" onPress={() => go({ date: localToday() })}>
          {t('coord.thisDay')}
        </Button>
        <Button variant="secondary" onPress={() => go({ date: parseDate(first).add({ days: step }).toString() })}>
          {t(view === 'week' ? 'coord.nextWeekButton' : 'coord.nextDay')}
        </Button>
        <Button variant="link" aria-pressed={view === 'week'} onPress={() => go({ view: 'week' })}>
          {t('coord.weekView')}
        </Button>
        <Button variant="link" aria-pressed={view === 'day'} onPress={() => go({ view: 'day' })}>
          {t('coord.dayView')}
        </Button>
      </div>
      <h2 aria-live="polite">{title}</h2>
      {problem ? <Notice kind="error">{problem.summary}</Notice> : null}
      {branch ? (
        <Loaded
          branch={branch}
          days={days}
          date={first}
          view={view}
          onSlot={setSlot}
          focus={focus}
          onFocus={setFocus}
          slot={slot}
          reload={reload}
        />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </>
  );
}

interface LoadedProps {
  branch: CalendarBranch;
  days: string[];
  date: string;
  view: View;
  slot: Slot | null;
  onSlot: (slot: Slot | null) => void;
  focus: string | null;
  onFocus: (bookingId: string | null) => void;
  reload: () => void;
}

function Loaded({ branch, days, date, view, slot, onSlot, focus, onFocus, reload }: LoadedProps) {
  const { t } = useI18n();
  const words = useMemo(
    () => ({
      internal: t('coord.internal'),
      maintenance: t('coord.maintenance'),
      closed: t('coord.closedShade'),
      buffer: t('coord.bufferShade'),
    }),
    [t],
  );
  const events = useMemo(() => eventsOf(branch, days, words), [branch, days, words]);
  const rooms = useMemo(() => branch.rooms.map((r) => ({ id: r.id, title: `${r.name} (${r.capacity})` })), [branch.rooms]);
  const hours = branch.openingHours;
  const slotMinTime = hours.length
    ? `${hours
        .map((h) => h.opens)
        .sort()[0]
        .slice(0, 2)}:00`
    : '08:00';
  const slotMaxTime = hours.length
    ? `${String(
        Math.min(
          24,
          Number(
            hours
              .map((h) => h.closes)
              .sort()
              .at(-1)
              ?.slice(0, 2),
          ) + 1,
        ),
      ).padStart(2, '0')}:00`
    : '21:00';
  const select = useCallback(
    (roomId: string, start: Date, end: Date) =>
      onSlot({ roomId, startsAt: fromFloating(start, branch.timeZone), endsAt: fromFloating(end, branch.timeZone), picked: Date.now() }),
    [branch.timeZone, onSlot],
  );
  return (
    <>
      <p className="muted">{t('coord.calendarLead')}</p>
      <CalendarView
        date={date}
        view={view}
        rooms={rooms}
        events={events}
        slotMinTime={slotMinTime}
        slotMaxTime={slotMaxTime}
        label={t('coord.calendarOf', { branch: branch.name })}
        onSelect={select}
        onBooking={onFocus}
      />
      <BookingList branch={branch} bookings={bookingsOf(branch)} focus={focus} onFocus={onFocus} onChanged={reload} />
      <BookRoomForm branch={branch} slot={slot} onSlot={onSlot} onBooked={reload} />
      <ClosuresPanel branch={branch} onChanged={reload} />
    </>
  );
}
