import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { ConsentCheckbox } from '../ui/consent-checkbox';
import { NumberField } from '../ui/number-field';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { looksLikeEmail, looksLikePhone, MAX_PARTY } from '../ui/contact-checks';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    registerForSession(input: $input) {
      manageToken
      registration {
        id
        status
        partySize
        waitlistPosition
        contactChannel
      }
    }
  }
`);

const SERVICE = graphql(`
  query RegistrationService($language: String!) {
    serviceInfo {
      smsAvailable
      smsConsentText(language: $language)
    }
  }
`);

type Channel = 'EMAIL' | 'SMS';

interface Values {
  name: string;
  channel: Channel;
  email: string;
  phone: string;
  smsConsent: boolean;
  partySize: number;
  accessibilityNeeds: string;
  remindersOptIn: boolean;
  followUpOptIn: boolean;
  shareContactWithPartner: boolean;
}

/** The registration: a name (an alias is fine), an e-mail address, the party, and three choices. */
export function RegistrationForm({ sessionId, seatsRemaining, capacity }: { sessionId: string; seatsRemaining: number; capacity: number }) {
  const { t, language } = useI18n();
  // Texts are offered only where the library has a text-message gateway.
  const [{ data: service }] = useQuery({ query: SERVICE, variables: { language } });
  const smsAvailable = service?.serviceInfo.smsAvailable ?? false;
  const [values, setValues] = useState<Values>({
    name: '',
    channel: 'EMAIL',
    email: '',
    phone: '',
    smsConsent: false,
    partySize: 1,
    accessibilityNeeds: '',
    remindersOptIn: true,
    followUpOptIn: false,
    shareContactWithPartner: false,
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching, data }, register] = useMutation(REGISTER);
  const outcome = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const maxParty = Math.min(MAX_PARTY, capacity);

  useEffect(() => {
    if (data) outcome.current?.focus();
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.name.trim()) fields.name = t('register.nameMissing');
    const bySms = smsAvailable && values.channel === 'SMS';
    if (!bySms && !looksLikeEmail(values.email)) fields.email = t('problems.field.email');
    if (bySms && !looksLikePhone(values.phone)) fields.phone = t('register.phoneMissing');
    if (bySms && !values.smsConsent) fields.smsConsent = t('register.smsConsentMissing');
    if (!Number.isInteger(values.partySize) || values.partySize < 1 || values.partySize > maxParty) {
      fields.partySize = t('register.partyRange', { max: maxParty });
    }
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    setProblem(null);
    const result = await register({
      input: {
        sessionId,
        name: values.name.trim(),
        contactChannel: bySms ? 'SMS' : 'EMAIL',
        email: bySms ? null : values.email.trim(),
        phone: bySms ? values.phone.trim() : null,
        smsConsent: bySms,
        partySize: values.partySize,
        accessibilityNeeds: values.accessibilityNeeds.trim() || null,
        remindersOptIn: values.remindersOptIn,
        // Follow-up resources come by e-mail only.
        followUpOptIn: !bySms && values.followUpOptIn,
        shareContactWithPartner: values.shareContactWithPartner,
        // The patron's messages come in the language they read this page in.
        language,
      },
    });
    setProblem(problemOf(result.error, t));
  };

  const receipt = data?.registerForSession;
  if (receipt) {
    const { registration, manageToken } = receipt;
    return (
      <div ref={outcome} tabIndex={-1} className="notice notice--ok" role="status">
        <p>
          <strong>
            {registration.status === 'CONFIRMED'
              ? t('register.confirmed', { count: registration.partySize })
              : t('register.waitlisted', { position: registration.waitlistPosition })}
          </strong>
        </p>
        <p>
          {registration.contactChannel === 'SMS'
            ? t(registration.status === 'CONFIRMED' ? 'register.nextConfirmedSms' : 'register.nextWaitlistedSms')
            : t(registration.status === 'CONFIRMED' ? 'register.nextConfirmed' : 'register.nextWaitlisted')}
        </p>
        <p>
          <Link to={`/registration#token=${manageToken}`}>{t('register.manage')}</Link>
        </p>
      </div>
    );
  }

  const labels = {
    name: t('register.name'),
    email: t('register.email'),
    phone: t('register.phone'),
    smsConsent: t('register.smsConsentLabel'),
    contactChannel: t('register.channel'),
    partySize: t('register.party'),
    accessibilityNeeds: t('register.needs'),
  };
  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" aria-describedby="register-intro">
      <p id="register-intro">{seatsRemaining > 0 ? t('register.introSeats') : t('register.introWaitlist')}</p>
      <ErrorSummary problem={problem} labels={labels} />
      {problem?.code === 'ALREADY_REGISTERED' ? <Notice kind="note">{t('register.alreadyRegistered')}</Notice> : null}
      <TextField
        id="field-name"
        label={labels.name}
        hint={t('register.nameHint')}
        value={values.name}
        onChange={(v) => set('name', v)}
        autoComplete="given-name"
        maxLength={200}
        isRequired
        error={problem?.fields.name}
      />
      {smsAvailable ? (
        <RadioGroup
          id="field-contactChannel"
          className="fieldset"
          value={values.channel}
          onChange={(v) => set('channel', v as Channel)}
          aria-describedby="field-contactChannel-hint"
        >
          <Label className="group-label">{labels.contactChannel}</Label>
          <p id="field-contactChannel-hint" className="hint">
            {t('register.channelHint')}
          </p>
          <Radio value="EMAIL" className="radio">
            {t('register.byEmail')}
          </Radio>
          <Radio value="SMS" className="radio">
            {t('register.bySms')}
          </Radio>
        </RadioGroup>
      ) : null}
      {smsAvailable && values.channel === 'SMS' ? (
        <>
          <TextField
            id="field-phone"
            label={labels.phone}
            hint={t('register.phoneHint')}
            value={values.phone}
            onChange={(v) => set('phone', v)}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={50}
            isRequired
            error={problem?.fields.phone}
          />
          <div className="field" id="field-smsConsent">
            <ConsentCheckbox
              id="field-smsConsent"
              isSelected={values.smsConsent}
              onChange={(v) => set('smsConsent', v)}
              error={problem?.fields.smsConsent}
            >
              {service?.serviceInfo.smsConsentText}
            </ConsentCheckbox>
          </div>
        </>
      ) : (
        <TextField
          id="field-email"
          label={labels.email}
          hint={t('register.emailHint')}
          value={values.email}
          onChange={(v) => set('email', v)}
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={254}
          isRequired
          error={problem?.fields.email}
        />
      )}
      <NumberField
        id="field-partySize"
        label={labels.partySize}
        hint={t('register.partyHint', { max: maxParty })}
        value={values.partySize}
        onChange={(v) => set('partySize', v)}
        minValue={1}
        maxValue={maxParty}
        isRequired
        error={problem?.fields.partySize}
      />
      <TextField
        id="field-accessibilityNeeds"
        label={labels.accessibilityNeeds}
        hint={t('register.needsHint')}
        value={values.accessibilityNeeds}
        onChange={(v) => set('accessibilityNeeds', v)}
        multiline
        maxLength={2000}
        error={problem?.fields.accessibilityNeeds}
      />
      <fieldset className="fieldset">
        <legend>{t('register.choices')}</legend>
        <p className="hint">{t('register.choicesHint')}</p>
        <Checkbox isSelected={values.remindersOptIn} onChange={(v) => set('remindersOptIn', v)}>
          {t('register.reminders')}
        </Checkbox>
        {values.channel === 'EMAIL' || !smsAvailable ? (
          <Checkbox isSelected={values.followUpOptIn} onChange={(v) => set('followUpOptIn', v)}>
            {t('register.followUp')}
          </Checkbox>
        ) : null}
        <Checkbox isSelected={values.shareContactWithPartner} onChange={(v) => set('shareContactWithPartner', v)}>
          {t('register.share')}
        </Checkbox>
      </fieldset>
      <div className="actions">
        <Button type="submit" isDisabled={fetching}>
          {seatsRemaining > 0 ? t('register.submit') : t('register.submitWaitlist')}
        </Button>
        {fetching ? <span role="status">{t('common.sending')}</span> : null}
      </div>
    </Form>
  );
}
