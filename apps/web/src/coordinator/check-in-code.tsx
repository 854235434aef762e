import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf } from '../graphql/problems';
import { Button } from '../ui/button';
import { Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';

// The camera scanner (and its WebAssembly decoder) loads only when a coordinator opens it.
const CameraScanner = lazy(() => import('./camera-scanner'));

const CHECK_IN_BY_TOKEN = graphql(`
  mutation CoordinatorCheckInByToken($token: String!) {
    checkInByToken(token: $token) {
      id
      name
      partySize
      checkedInAt
      session {
        id
        workshop {
          id
          title
        }
      }
    }
  }
`);

/** The token of a check-in code: the patron's manage link (what the QR code holds), or the bare token. */
export function tokenOf(code: string): string {
  const text = code.trim();
  try {
    return new URL(text).searchParams.get('token') ?? text;
  } catch {
    return text;
  }
}

/**
 * Check-in by the patron's QR code: the device's camera reads it, or a hand-held scanner (which
 * types what it reads, then Enter) or a person fills the field. Each check-in is announced.
 */
export function CheckInByCode({ sessionId, onCheckedIn }: { sessionId: string; onCheckedIn: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [camera, setCamera] = useState(false);
  const [done, setDone] = useState<{ kind: 'ok' | 'note'; text: string } | null>(null);
  const [state, checkIn] = useMutation(CHECK_IN_BY_TOKEN);
  const busy = useRef(false);
  const problem = problemOf(state.error, t);

  const send = async (value: string) => {
    const token = tokenOf(value);
    if (!token || busy.current) return;
    busy.current = true;
    setDone(null);
    const result = await checkIn({ token });
    busy.current = false;
    const registration = result.data?.checkInByToken;
    if (registration) {
      setCode('');
      const name = registration.name ?? t('coord.patron');
      // A patron at the wrong room: checked in where they registered, and the desk is told so.
      const here = registration.session.id === sessionId;
      setDone({
        kind: here ? 'ok' : 'note',
        text: here
          ? t('coord.checkedInNamed', { name, count: registration.partySize })
          : t('coord.checkedInElsewhere', { name, title: registration.session.workshop.title }),
      });
      onCheckedIn();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(code);
  };

  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">{t('coord.checkInByCode')}</h2>
      <Form onSubmit={submit} className="inline-form" validationBehavior="aria">
        <TextField
          id="field-checkInCode"
          label={t('coord.code')}
          hint={t('coord.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          error={problem ? t('coord.codeRefused', { why: problem.summary }) : undefined}
        />
        <Button type="submit">{t('coord.checkInCode')}</Button>
        <Button variant="secondary" onPress={() => setCamera((open) => !open)} aria-expanded={camera}>
          {camera ? t('coord.closeCamera') : t('coord.openCamera')}
        </Button>
      </Form>
      {camera ? (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <CameraScanner onCode={(value) => void send(value)} />
        </Suspense>
      ) : null}
      {done ? <Notice kind={done.kind}>{done.text}</Notice> : null}
    </section>
  );
}
