import { useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { Button } from '../ui/button';
import { ConsentCheckbox } from '../ui/consent-checkbox';
import { looksLikeEmail, looksLikePhone, MAX_PARTY } from '../ui/contact-checks';
import { NumberField } from '../ui/number-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';

const REGISTER = graphql(`
  mutation DeskRegister($input: DeskRegistrationInput!) {
    registerAtDesk(input: $input) {
      registration {
        id
        name
        status
        waitlistPosition
        slipUrl
      }
    }
  }
`);

type Channel = 'EMAIL' | 'SMS' | 'NONE';
type Source = 'DESK' | 'PHONE';

interface Values {
  name: string;
  partySize: number;
  source: Source;
  channel: Channel;
  email: string;
  phone: string;
  language: 'en' | 'es';
  smsConsent: boolean;
  accessibilityNeeds: string;
}

const EMPTY: Values = {
  name: '',
  partySize: 1,
  source: 'DESK',
  channel: 'NONE',
  email: '',
  phone: '',
  language: 'en',
  smsConsent: false,
  accessibilityNeeds: '',
};

export interface DeskService {
  smsAvailable: boolean;
  consent: { en: string; es: string };
}

/**
 * Registering a patron at the desk or on the phone, in a few keystrokes: a name, the party, how
 * to reach them (or not at all), their language, and for texts the consent sentence to read
 * aloud. The request carries a key of its own, so a double click registers once; after it, the
 * slip is one click away.
 */
export function DeskRegisterForm({
  sessionId,
  capacity,
  service,
  onRegistered,
}: {
  sessionId: string;
  capacity: number;
  service: DeskService;
  onRegistered: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(EMPTY);
  const [requestKey, setRequestKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching, data }, register] = useMutation(REGISTER);
  const [done, setDone] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const channels: Channel[] = service.smsAvailable ? ['NONE', 'SMS', 'EMAIL'] : ['NONE', 'EMAIL'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.name.trim()) fields.name = t('desk.nameMissing');
    if (values.channel === 'EMAIL' && !looksLikeEmail(values.email)) fields.email = t('desk.emailMissing');
    if (values.channel === 'SMS' && !looksLikePhone(values.phone)) fields.phone = t('desk.phoneMissing');
    if (values.channel === 'SMS' && !values.smsConsent) fields.smsConsent = t('desk.consentMissing');
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    setProblem(null);
    const result = await register({
      input: {
        sessionId,
        name: values.name.trim(),
        partySize: values.partySize,
        source: values.source,
        contactChannel: values.channel,
        email: values.channel === 'EMAIL' ? values.email.trim() : null,
        phone: values.channel !== 'EMAIL' && values.phone.trim() ? values.phone.trim() : null,
        smsConsent: values.channel === 'SMS' && values.smsConsent,
        language: values.language,
        accessibilityNeeds: values.accessibilityNeeds.trim() || null,
        idempotencyKey: requestKey,
      },
    });
    setProblem(problemOf(result.error, t));
    if (!result.error) {
      setDone(true);
      onRegistered();
    }
  };

  const again = () => {
    setValues(EMPTY);
    setRequestKey(crypto.randomUUID());
    setDone(false);
    // The next patron's name is the next thing to type.
    requestAnimationFrame(() => document.getElementById('field-name')?.focus());
  };

  const receipt = data?.registerAtDesk.registration;
  if (done && receipt) {
    const status = receipt.status === 'CONFIRMED' ? t('desk.confirmed') : t('desk.waitlisted', { position: receipt.waitlistPosition });
    return (
      <Notice kind="ok" takeFocus>
        <p>
          <strong>{t('desk.registered', { name: receipt.name ?? '', status })}</strong>
        </p>
        <p className="actions">
          {receipt.slipUrl ? (
            <a className="button" href={receipt.slipUrl} target="_blank" rel="noreferrer">
              {t('desk.printSlip')}
            </a>
          ) : null}
          <Button variant="secondary" onPress={again}>
            {t('desk.another')}
          </Button>
        </p>
      </Notice>
    );
  }

  const labels = {
    name: t('desk.patronName'),
    email: t('desk.email'),
    phone: values.channel === 'SMS' ? t('desk.mobile') : t('desk.callBack'),
    smsConsent: t('desk.consent'),
    partySize: t('desk.party'),
    accessibilityNeeds: t('desk.needs'),
  };
  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
      <ErrorSummary problem={problem} labels={labels} />
      {problem?.code === 'ALREADY_REGISTERED' ? <Notice kind="note">{t('desk.alreadyRegistered')}</Notice> : null}
      <TextField
        id="field-name"
        label={labels.name}
        hint={t('desk.patronNameHint')}
        value={values.name}
        onChange={(v) => set('name', v)}
        maxLength={200}
        isRequired
        error={problem?.fields.name}
      />
      <NumberField
        id="field-partySize"
        label={labels.partySize}
        value={values.partySize}
        onChange={(v) => set('partySize', v)}
        minValue={1}
        maxValue={Math.min(MAX_PARTY, capacity)}
        isRequired
        error={problem?.fields.partySize}
      />
      <RadioGroup className="fieldset" value={values.source} onChange={(v) => set('source', v as Source)}>
        <Label className="group-label">{t('desk.source')}</Label>
        <Radio value="DESK" className="radio">
          {t('desk.atDesk')}
        </Radio>
        <Radio value="PHONE" className="radio">
          {t('desk.onPhone')}
        </Radio>
      </RadioGroup>
      <RadioGroup id="field-contactChannel" className="fieldset" value={values.channel} onChange={(v) => set('channel', v as Channel)}>
        <Label className="group-label">{t('desk.channel')}</Label>
        {channels.map((channel) => (
          <Radio key={channel} value={channel} className="radio">
            {t(channel === 'EMAIL' ? 'desk.byEmail' : channel === 'SMS' ? 'desk.bySms' : 'desk.byNone')}
          </Radio>
        ))}
      </RadioGroup>
      {values.channel === 'EMAIL' ? (
        <TextField
          id="field-email"
          label={labels.email}
          value={values.email}
          onChange={(v) => set('email', v)}
          type="email"
          inputMode="email"
          maxLength={254}
          isRequired
          error={problem?.fields.email}
        />
      ) : (
        <TextField
          id="field-phone"
          label={labels.phone}
          hint={values.channel === 'NONE' ? t('desk.callBackHint') : undefined}
          value={values.phone}
          onChange={(v) => set('phone', v)}
          type="tel"
          inputMode="tel"
          maxLength={50}
          isRequired={values.channel === 'SMS'}
          error={problem?.fields.phone}
        />
      )}
      <RadioGroup className="fieldset" value={values.language} onChange={(v) => set('language', v as 'en' | 'es')}>
        <Label className="group-label">{t('desk.language')}</Label>
        <Radio value="en" className="radio">
          English
        </Radio>
        <Radio value="es" className="radio">
          <span lang="es">Español</span>
        </Radio>
      </RadioGroup>
      {values.channel === 'SMS' ? (
        <div className="field" id="field-smsConsent">
          <p className="group-label">{t('desk.readAloud')}</p>
          <blockquote lang={values.language} className="read-aloud">
            {service.consent[values.language]}
          </blockquote>
          <ConsentCheckbox
            id="field-smsConsent"
            isSelected={values.smsConsent}
            onChange={(v) => set('smsConsent', v)}
            error={problem?.fields.smsConsent}
          >
            {labels.smsConsent}
          </ConsentCheckbox>
        </div>
      ) : null}
      <TextField
        id="field-accessibilityNeeds"
        label={labels.accessibilityNeeds}
        value={values.accessibilityNeeds}
        onChange={(v) => set('accessibilityNeeds', v)}
        multiline
        maxLength={2000}
        error={problem?.fields.accessibilityNeeds}
      />
      <div className="actions">
        <Button type="submit" isDisabled={fetching}>
          {t('desk.register')}
        </Button>
        {fetching ? <span role="status">{t('common.sending')}</span> : null}
      </div>
    </Form>
  );
}
