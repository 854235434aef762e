import { useState, type FormEvent } from 'react';
import { CheckboxGroup, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { useProblem } from '../graphql/problems';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { ErrorSummary, Notice } from '../ui/notices';
import { TextField } from '../ui/text-field';

const CREATE = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
    }
  }
`);

const LIBRARY_ROLES: Role[] = ['COORDINATOR', 'STAFF', 'ADMIN'];

interface Props {
  user: { id: string; displayName: string; role: Role; branches: Array<{ id: string }> } | null;
  branches: Array<{ id: string; name: string }>;
  /** With what was done, in words: an edit form goes once it is saved, and its page says it. */
  onDone: (message: string) => void;
}

/** A library user added (invited by e-mail, or with a password given in person), or their name, role and branches changed. */
export function UserForm({ user, branches, onDone }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    displayName: user?.displayName ?? '',
    email: '',
    role: (user?.role ?? 'COORDINATOR') as Role,
    branchIds: user?.branches.map((b) => b.id) ?? [],
    invite: true,
    password: '',
  });
  const [done, setDone] = useState<string | null>(null);
  const [createState, create] = useMutation(CREATE);
  const [updateState, update] = useMutation(UPDATE);
  const problem = useProblem(user ? updateState.error : createState.error);
  const fields = problem?.fields ?? {};
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const labels = {
    displayName: t('admin.displayName'),
    email: t('admin.email'),
    password: t('admin.password'),
    branchIds: t('admin.userBranches'),
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const common = {
      displayName: values.displayName.trim(),
      role: values.role,
      branchIds: values.role === 'ADMIN' ? [] : values.branchIds,
    };
    const result = user
      ? await update({ id: user.id, input: common })
      : await create({ input: { ...common, email: values.email.trim(), password: values.invite ? null : values.password } });
    if (result.error) return;
    const message = user
      ? t('admin.userSaved', { name: common.displayName })
      : values.invite
        ? t('admin.userInvited', { email: values.email.trim() })
        : t('admin.userCreated', { name: common.displayName });
    setDone(message);
    if (!user) setValues((v) => ({ ...v, displayName: '', email: '', password: '' }));
    onDone(message);
  };
  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
      <ErrorSummary problem={problem} labels={user ? undefined : labels} />
      {done ? <Notice kind="ok">{done}</Notice> : null}
      <TextField
        id={user ? `field-user-${user.id}-displayName` : 'field-displayName'}
        label={labels.displayName}
        value={values.displayName}
        onChange={(v) => set('displayName', v)}
        maxLength={200}
        error={fields.displayName}
      />
      {user ? null : (
        <TextField
          id="field-email"
          label={labels.email}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={values.email}
          onChange={(v) => set('email', v)}
          maxLength={320}
          error={fields.email}
        />
      )}
      <RadioGroup className="fieldset" value={values.role} onChange={(v) => set('role', v as Role)}>
        <Label className="group-label">{t('admin.role')}</Label>
        {LIBRARY_ROLES.map((r) => (
          <Radio key={r} value={r} className="radio">
            {t(`admin.role${r}`)}
          </Radio>
        ))}
      </RadioGroup>
      {values.role !== 'ADMIN' ? (
        <CheckboxGroup
          className="fieldset"
          value={values.branchIds}
          onChange={(v) => set('branchIds', v)}
          isInvalid={Boolean(fields.branchIds)}
        >
          <Label className="group-label">{labels.branchIds}</Label>
          <p className="hint">{t('admin.userBranchesHint')}</p>
          <div className="checkbox-row">
            {branches.map((b) => (
              <Checkbox key={b.id} value={b.id}>
                {b.name}
              </Checkbox>
            ))}
          </div>
          <FieldError className="field-error">{fields.branchIds}</FieldError>
        </CheckboxGroup>
      ) : null}
      {user ? null : (
        <>
          <RadioGroup className="fieldset" value={values.invite ? 'invite' : 'password'} onChange={(v) => set('invite', v === 'invite')}>
            <Label className="group-label">{t('admin.howToStart')}</Label>
            <Radio value="invite" className="radio">
              {t('admin.invite')}
            </Radio>
            <Radio value="password" className="radio">
              {t('admin.withPassword')}
            </Radio>
          </RadioGroup>
          {values.invite ? null : (
            <TextField
              id="field-password"
              label={labels.password}
              hint={t('admin.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={(v) => set('password', v)}
              maxLength={200}
              error={fields.password}
            />
          )}
        </>
      )}
      <Button type="submit">{user ? t('admin.saveUser', { name: user.displayName }) : t('admin.createUser')}</Button>
    </Form>
  );
}
