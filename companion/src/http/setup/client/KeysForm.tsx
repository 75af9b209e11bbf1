/**
 * The form a service's keys are entered in, built from the provider registry. Secret fields are
 * password inputs, emptied the moment "연동" is pressed (before the request leaves) and never
 * filled again; the whole form is cleared once the companion has kept the keys.
 */
import type { ConnectAnswer, Provider } from '@aigenc/shared/contract';
import { providerSpec, type CredentialFieldSpec } from '@aigenc/shared/providers';
import { useSetup } from './context.ts';

interface Props {
  provider: Provider;
  connected: boolean;
  onSaved: (answer: ConnectAnswer) => void;
  onFailed: (error: unknown) => void;
}

function Field({ provider, field }: { provider: Provider; field: CredentialFieldSpec }) {
  const { language } = useSetup();
  const id = `${provider}-${field.name}`;
  return (
    <div class="field">
      <label for={id}>{field.label[language]}</label>
      {field.options ? (
        <select id={id} name={field.name}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language]}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type={field.secret ? 'password' : 'text'}
          autocomplete="off"
          spellcheck={false}
          required={field.required}
          maxLength={512}
          data-secret={field.secret ? 'true' : undefined}
        />
      )}
    </div>
  );
}

/** Reads the filled-in fields and empties every secret input at once. */
function takeFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))) {
    if (input.value.trim() !== '') fields[input.name] = input.value;
    if (input.dataset['secret']) input.value = '';
  }
  return fields;
}

export function KeysForm({ provider, connected, onSaved, onFailed }: Props) {
  const { t, api } = useSetup();
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    api.connect(provider, takeFields(form)).then((answer) => {
      form.reset();
      onSaved(answer);
    }, onFailed);
  };
  return (
    <form class="connect-form" onSubmit={submit}>
      {providerSpec(provider).fields.map((field) => (
        <Field key={field.name} provider={provider} field={field} />
      ))}
      <button type="submit">{connected ? t('reconnect') : t('connect')}</button>
    </form>
  );
}
