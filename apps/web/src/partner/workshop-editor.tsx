import { useState, type FormEvent } from 'react';
import { CheckboxGroup, Form, Label } from 'react-aria-components';
import { Link, useLocation, useParams } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { ACCESS_FEATURES, AUDIENCES } from '../catalog/filters';
import { graphql } from './gql';
import type { Audience, RoomFeature, SessionRequestInput, WorkshopEditorQuery } from './gql/graphql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { fromRRule, instantOf, splitAround, toRRule, type Occurrence } from './recurrence';
import { newDraft, occurrencesOf, SessionDraftEditor, type Branch, type SessionDraft } from './session-draft';

const EDITOR = graphql(`
  query WorkshopEditor($id: ID!, $editing: Boolean!) {
    branches {
      id
      name
      timeZone
      rooms {
        id
        name
        capacity
        features
      }
    }
    workshop(id: $id) @include(if: $editing) {
      id
      status
      title
      summary
      description
      tags
      audience
      languages
      accessibilityNotes
      followUpResources
      capacity
      minAttendance
      requiredFeatures
      sessionRequests {
        startsAt
        endsAt
        recurrence
        branch {
          id
          timeZone
        }
        room {
          id
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateWorkshop($input: WorkshopInput!) {
    createWorkshop(input: $input) {
      id
      status
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      id
      status
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitWorkshop($id: ID!) {
    submitWorkshop(id: $id) {
      id
      status
    }
  }
`);

/** Every room feature a workshop may need; the accessibility ones first. */
const FEATURES: RoomFeature[] = [...ACCESS_FEATURES, 'PROJECTOR', 'VIDEO_CONFERENCING', 'COMPUTERS', 'KITCHEN'];
const LANGUAGE_CHOICES = ['en', 'es', 'zh', 'vi', 'ar', 'fr', 'ru', 'ko', 'tl', 'ht'];

interface Details {
  title: string;
  summary: string;
  description: string;
  tags: string;
  audience: Audience[];
  languages: string[];
  accessibilityNotes: string;
  followUpResources: string;
  capacity: number;
  minAttendance: number | null;
  requiredFeatures: RoomFeature[];
}

const EMPTY: Details = {
  title: '',
  summary: '',
  description: '',
  tags: '',
  audience: [],
  languages: ['en'],
  accessibilityNotes: '',
  followUpResources: '',
  capacity: 20,
  minAttendance: null,
  requiredFeatures: [],
};

/** The local day and "HH:mm" of an instant on a zone's clock. */
function localParts(instant: string, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const asRequest = (draft: SessionDraft, zone: string): SessionRequestInput => ({
  branchId: draft.branchId as string,
  roomId: draft.roomId,
  startsAt: instantOf(draft.date as string, draft.start, zone),
  endsAt: instantOf(draft.date as string, draft.end, zone),
  recurrence: draft.repeat ? toRRule(draft.repeat) : null,
});

type EditedWorkshop = NonNullable<WorkshopEditorQuery['workshop']>;

/** The form's fields for a workshop as it is. */
const detailsOf = (workshop: EditedWorkshop): Details => ({
  title: workshop.title,
  summary: workshop.summary,
  description: workshop.description,
  tags: workshop.tags.join(', '),
  audience: workshop.audience,
  languages: workshop.languages,
  accessibilityNotes: workshop.accessibilityNotes ?? '',
  followUpResources: workshop.followUpResources ?? '',
  capacity: workshop.capacity,
  minAttendance: workshop.minAttendance ?? null,
  requiredFeatures: workshop.requiredFeatures,
});

/** The session drafts for a workshop's requested sessions, in each branch's local time. */
const draftsOf = (workshop: EditedWorkshop): SessionDraft[] =>
  workshop.sessionRequests.map((r) => {
    const start = localParts(r.startsAt, r.branch.timeZone);
    const end = localParts(r.endsAt, r.branch.timeZone);
    return {
      ...newDraft(r.branch.id),
      date: start.date,
      start: start.time,
      end: end.time,
      roomId: r.room?.id ?? null,
      repeat: fromRRule(r.recurrence),
    };
  });

/** `/partner/workshops/new` and `…/:id/edit`: the proposal, its details and its sessions. */
export function WorkshopEditor() {
  const { id } = useParams();
  const { t } = useI18n();
  usePageTitle(id ? t('propose.editTitle') : t('propose.title'));
  const [loaded] = useQuery({ query: EDITOR, variables: { id: id ?? '00000000-0000-4000-8000-000000000000', editing: Boolean(id) } });
  const workshop = loaded.data?.workshop;
  if (loaded.fetching && !loaded.data) return <p className="muted">{t('common.loading')}</p>;
  if (id && !workshop) return <Notice kind="error">{t('problems.code.NOT_FOUND')}</Notice>;
  if (workshop && !['DRAFT', 'CHANGES_REQUESTED'].includes(workshop.status)) {
    return <Notice kind="note">{t('propose.notEditable', { status: t(`workshopStatus.${workshop.status}`) })}</Notice>;
  }
  return <EditorForm key={id ?? 'new'} id={id} workshop={workshop ?? null} branches={loaded.data?.branches ?? []} />;
}

function EditorForm({ id, workshop, branches }: { id: string | undefined; workshop: EditedWorkshop | null; branches: Branch[] }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  // Editing: the form starts from the workshop as it is.
  const [details, setDetails] = useState<Details>(() => (workshop ? detailsOf(workshop) : EMPTY));
  const [drafts, setDrafts] = useState<SessionDraft[]>(() => (workshop ? draftsOf(workshop) : [newDraft()]));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, create] = useMutation(CREATE);
  const [, update] = useMutation(UPDATE);
  const [, submit] = useMutation(SUBMIT);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Details>(key: K, value: Details[K]) => setDetails((d) => ({ ...d, [key]: value }));
  const zoneOf = (draft: SessionDraft) => branches.find((b) => b.id === draft.branchId)?.timeZone;

  /** Moves occurrence `at` of series `index` out: the series before, the one session (to edit), the series after. */
  const move = (index: number, at: number) => {
    const draft = drafts[index];
    const zone = zoneOf(draft);
    if (!draft.repeat || !zone) return;
    const list = occurrencesOf(draft, zone);
    const { before, moved, after } = splitAround(list, at);
    const series = (part: Occurrence[]): SessionDraft | null =>
      part.length
        ? {
            ...draft,
            key: newDraft().key,
            date: part[0].date,
            repeat: part.length > 1 ? { ...(draft.repeat as NonNullable<SessionDraft['repeat']>), end: { count: part.length } } : null,
          }
        : null;
    const single: SessionDraft = { ...draft, key: newDraft().key, date: moved.date, repeat: null };
    const replaced = [series(before), single, series(after)].filter((d): d is SessionDraft => d !== null);
    setDrafts([...drafts.slice(0, index), ...replaced, ...drafts.slice(index + 1)]);
  };

  /** The form's own checks (the API checks again); errors are named as the API names them. */
  const check = (): Record<string, string> => {
    const fields: Record<string, string> = {};
    if (!details.title.trim()) fields.title = t('problems.field.blank');
    if (!details.summary.trim()) fields.summary = t('problems.field.blank');
    if (!details.description.trim()) fields.description = t('problems.field.blank');
    if (!Number.isInteger(details.capacity) || details.capacity < 1) fields.capacity = t('propose.capacityHint');
    drafts.forEach((draft, i) => {
      if (!draft.branchId) fields[`sessions.${i}.branchId`] = t('propose.branchMissing');
      if (!draft.date) fields[`sessions.${i}.startsAt`] = t('propose.dateMissing');
      if (draft.end <= draft.start) fields[`sessions.${i}.endsAt`] = t('propose.endAfterStart');
      if (draft.repeat && !draft.repeat.days.length) fields[`sessions.${i}.recurrence`] = t('propose.daysMissing');
    });
    return fields;
  };

  const save = async (andSubmit: boolean) => {
    const fields = check();
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    setBusy(true);
    const input = {
      title: details.title.trim(),
      summary: details.summary.trim(),
      description: details.description.trim(),
      tags: details.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      audience: details.audience,
      languages: details.languages,
      accessibilityNotes: details.accessibilityNotes.trim() || null,
      followUpResources: details.followUpResources.trim() || null,
      capacity: details.capacity,
      minAttendance: details.minAttendance,
      requiredFeatures: details.requiredFeatures,
      sessions: drafts.map((draft) => asRequest(draft, zoneOf(draft) as string)),
    };
    const saved = id ? await update({ id, input }) : await create({ input });
    let found = problemOf(saved.error, t);
    const savedId = id ?? (saved.data && 'createWorkshop' in saved.data ? saved.data.createWorkshop.id : null);
    if (!found && andSubmit && savedId) found = problemOf((await submit({ id: savedId })).error, t);
    setBusy(false);
    setProblem(found);
    if (!found && savedId) navigate(`/partner/workshops/${savedId}`, { state: { saved: andSubmit ? 'submitted' : 'draft' } });
    if (found && savedId && !id) navigate(`/partner/workshops/${savedId}/edit`, { replace: true });
  };

  const labels: Record<string, string> = {
    title: t('propose.titleLabel'),
    summary: t('propose.summary'),
    description: t('propose.description'),
    capacity: t('propose.capacity'),
    ...Object.fromEntries(
      drafts.flatMap((_d, i) => [
        [`sessions.${i}.branchId`, t('propose.branchOf', { n: i + 1 })],
        [`sessions.${i}.startsAt`, t('propose.dateOf', { n: i + 1 })],
        [`sessions.${i}.endsAt`, t('propose.endOf', { n: i + 1 })],
        [`sessions.${i}.recurrence`, t('propose.repeatOf', { n: i + 1 })],
      ]),
    ),
  };
  const capacity = Number.isFinite(details.capacity) ? details.capacity : 1;

  return (
    <>
      <h1>{id ? t('propose.editTitle') : t('propose.title')}</h1>
      <p className="lead">{t('propose.lead')}</p>
      <Form onSubmit={(e: FormEvent) => (e.preventDefault(), void save(false))} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={labels} />
        <h2>{t('propose.details')}</h2>
        <TextField
          id="field-title"
          label={labels.title}
          value={details.title}
          onChange={(v) => set('title', v)}
          maxLength={200}
          isRequired
          error={problem?.fields.title}
        />
        <TextField
          id="field-summary"
          label={labels.summary}
          hint={t('propose.summaryHint')}
          value={details.summary}
          onChange={(v) => set('summary', v)}
          maxLength={500}
          isRequired
          error={problem?.fields.summary}
        />
        <TextField
          id="field-description"
          label={labels.description}
          hint={t('propose.descriptionHint')}
          value={details.description}
          onChange={(v) => set('description', v)}
          multiline
          isRequired
          error={problem?.fields.description}
        />
        <TextField
          label={t('propose.tags')}
          hint={t('propose.tagsHint')}
          value={details.tags}
          onChange={(v) => set('tags', v)}
          error={problem?.fields.tags}
        />
        <CheckboxGroup className="fieldset" value={details.audience} onChange={(v) => set('audience', v as Audience[])}>
          <Label className="group-label">{t('propose.audience')}</Label>
          <div className="checkbox-row">
            {AUDIENCES.map((a) => (
              <Checkbox key={a} value={a}>
                {t(`audience.${a}`)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <CheckboxGroup className="fieldset" value={details.languages} onChange={(v) => set('languages', v)}>
          <Label className="group-label">{t('propose.languages')}</Label>
          <div className="checkbox-row">
            {LANGUAGE_CHOICES.map((code) => (
              <Checkbox key={code} value={code}>
                <span lang={code}>{new Intl.DisplayNames([code], { type: 'language' }).of(code)}</span>
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        <TextField
          label={t('propose.accessibility')}
          hint={t('propose.accessibilityHint')}
          value={details.accessibilityNotes}
          onChange={(v) => set('accessibilityNotes', v)}
          multiline
        />
        <TextField
          label={t('propose.followUp')}
          hint={t('propose.followUpHint')}
          value={details.followUpResources}
          onChange={(v) => set('followUpResources', v)}
          multiline
        />
        <div className="inline-fields">
          <NumberField
            id="field-capacity"
            label={labels.capacity}
            hint={t('propose.capacityHint')}
            value={details.capacity}
            minValue={1}
            maxValue={10000}
            onChange={(v) => set('capacity', v)}
            isRequired
            error={problem?.fields.capacity}
          />
          <NumberField
            label={t('propose.minimum')}
            hint={t('propose.minimumHint')}
            value={details.minAttendance ?? Number.NaN}
            minValue={1}
            maxValue={10000}
            onChange={(v) => set('minAttendance', Number.isFinite(v) ? v : null)}
          />
        </div>
        <CheckboxGroup className="fieldset" value={details.requiredFeatures} onChange={(v) => set('requiredFeatures', v as RoomFeature[])}>
          <Label className="group-label">{t('propose.features')}</Label>
          <div className="checkbox-row">
            {FEATURES.map((f) => (
              <Checkbox key={f} value={f}>
                {t(`feature.${f}`)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>

        <h2>{t('propose.sessions')}</h2>
        <p>{t('propose.sessionsHint')}</p>
        {drafts.map((draft, i) => (
          <SessionDraftEditor
            key={draft.key}
            draft={draft}
            index={i}
            branches={branches}
            capacity={capacity}
            features={details.requiredFeatures}
            errors={problem?.fields ?? {}}
            onChange={(changed) => setDrafts(drafts.map((d) => (d.key === draft.key ? changed : d)))}
            onRemove={drafts.length > 1 ? () => setDrafts(drafts.filter((d) => d.key !== draft.key)) : undefined}
            onMove={(at) => move(i, at)}
          />
        ))}
        <Button variant="secondary" onPress={() => setDrafts([...drafts, newDraft(drafts.at(-1)?.branchId ?? null)])}>
          {t('propose.addSession')}
        </Button>
        {problem?.conflicts.length ? (
          <Notice kind="error">
            <p>{t('propose.conflictsTitle')}</p>
            <ul>
              {problem.conflicts.map((c, i) => (
                <li key={i}>{t(`conflict.${c.reason}`)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="secondary" isDisabled={busy}>
            {t('propose.saveDraft')}
          </Button>
          <Button onPress={() => void save(true)} isDisabled={busy}>
            {t('propose.submit')}
          </Button>
          <Link to={id ? `/partner/workshops/${id}` : '/partner'}>{t('common.cancel')}</Link>
        </div>
        <p className="hint">{t('propose.submitHint')}</p>
      </Form>
    </>
  );
}
