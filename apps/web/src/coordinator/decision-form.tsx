import { useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation, type CombinedError } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, useProblem, type Conflict, type Problem } from '../graphql/problems';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { ErrorSummary } from '../ui/notices';
import { TextField } from '../ui/text-field';

const APPROVE = graphql(`
  mutation CoordinatorApprove($input: ApproveWorkshopInput!) {
    approveWorkshop(input: $input) {
      id
      status
    }
  }
`);

const REQUEST_CHANGES = graphql(`
  mutation CoordinatorRequestChanges($id: ID!, $comment: String!) {
    requestWorkshopChanges(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

const DECLINE = graphql(`
  mutation CoordinatorDecline($id: ID!, $reason: String!) {
    declineWorkshop(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type Decision = 'APPROVE' | 'CHANGES' | 'DECLINE';

interface Props {
  workshopId: string;
  input: { workshopId: string; placements: Array<{ sessionId: string; roomId: string }>; excludeSessionIds: string[] };
  overLimit: boolean;
  onConflicts: (conflicts: Conflict[]) => void;
  /** The outcome, said by the page: this form goes once the proposal is decided. */
  onDecided: (message: string) => void;
}

/**
 * The decision: approve (over the load limits only with a note, which the review history keeps),
 * request changes with a comment, or decline with a reason. A refusal is explained here, and its
 * conflicts beside their sessions; nothing typed is lost.
 */
export function DecisionForm({ workshopId, input, overLimit, onConflicts, onDecided }: Props) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<Decision>('APPROVE');
  const [note, setNote] = useState('');
  const [override, setOverride] = useState(false);
  const [local, setLocal] = useState<Problem | null>(null);
  const [, approve] = useMutation(APPROVE);
  const [, requestChanges] = useMutation(REQUEST_CHANGES);
  const [, decline] = useMutation(DECLINE);
  // The latest decision's answer only (an earlier approval's refusal does not speak for a decline).
  const [lastError, setLastError] = useState<CombinedError | undefined>(undefined);
  const server = useProblem(lastError);
  const problem = local ?? server;
  const noteNeeded = decision !== 'APPROVE' || (override && overLimit);
  const noteError = local?.fields.note;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (noteNeeded && !note.trim()) {
      const message = t(
        decision === 'APPROVE' ? 'coord.overrideNoteMissing' : decision === 'CHANGES' ? 'coord.commentMissing' : 'coord.reasonMissing',
      );
      setLocal({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields: { note: message }, conflicts: [] });
      return;
    }
    setLocal(null);
    const comment = note.trim();
    const result =
      decision === 'APPROVE'
        ? await approve({ input: { ...input, overrideLoadLimits: override && overLimit, comment: comment || null } })
        : decision === 'CHANGES'
          ? await requestChanges({ id: workshopId, comment })
          : await decline({ id: workshopId, reason: comment });
    setLastError(result.error);
    const conflicts = problemOf(result.error, t)?.conflicts ?? [];
    onConflicts(conflicts);
    if (!result.error) onDecided(t(`coord.done${decision}`));
  };

  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('coord.decision')}</h2>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={{ note: t('coord.note') }} />
        {server?.conflicts.length ? <p role="status">{t('coord.conflictsShown', { count: server.conflicts.length })}</p> : null}
        <RadioGroup className="fieldset" value={decision} onChange={(v) => setDecision(v as Decision)}>
          <Label className="group-label">{t('coord.decisionLabel')}</Label>
          <Radio value="APPROVE" className="radio">
            {t('coord.approve')}
          </Radio>
          <Radio value="CHANGES" className="radio">
            {t('coord.requestChanges')}
          </Radio>
          <Radio value="DECLINE" className="radio">
            {t('coord.decline')}
          </Radio>
        </RadioGroup>
        {decision === 'APPROVE' && overLimit ? (
          <Checkbox isSelected={override} onChange={setOverride}>
            {t('coord.override')}
          </Checkbox>
        ) : null}
        <TextField
          id="field-note"
          label={t(noteNeeded ? 'coord.noteRequired' : 'coord.note')}
          hint={t(decision === 'APPROVE' ? 'coord.noteHintApprove' : 'coord.noteHintAgency')}
          multiline
          value={note}
          onChange={setNote}
          maxLength={2000}
          error={noteError}
        />
        <Button type="submit" variant={decision === 'DECLINE' ? 'danger' : 'primary'}>
          {t(`coord.submit${decision}`)}
        </Button>
      </Form>
    </section>
  );
}
