/**
 * The first-run guide, opened once when the extension is installed (and from the popup when the
 * companion does not answer): start the companion → pair this browser → connect the keys. The
 * companion is asked every two seconds, so each step turns green by itself as it is done.
 */
import type { ComponentChildren } from 'preact';
import { openTab, t } from '../../platform/browser.ts';
import { companionBaseUrl } from '../../companion-client.ts';
import { companionPortItem } from '../../platform/storage.ts';
import { ConnectionList } from '../../features/status/ConnectionList.tsx';
import { StartHelp } from '../../features/status/StartHelp.tsx';
import { StatusHeader } from '../../features/status/StatusHeader.tsx';
import { PairForm } from '../../features/pairing/PairForm.tsx';
import { useCompanion } from '../../features/status/use-companion.ts';
import { welcomeSteps, type StepId, type StepState } from './steps.ts';

const POLL_MS = 2_000;

function Step(props: { id: StepId; number: number; state: StepState; children?: ComponentChildren }) {
  return (
    <li class={`step step-${props.state}`} data-step={props.id} data-state={props.state}>
      <div class="step-head">
        <span class="step-mark" aria-hidden="true">
          {props.state === 'done' ? '✓' : props.number}
        </span>
        <h2>{t(`welcomeStep_${props.id}`)}</h2>
        <span class="step-status">{t(`welcomeState_${props.state}`)}</span>
      </div>
      {props.state === 'current' && <div class="step-body">{props.children}</div>}
    </li>
  );
}

export function WelcomePage() {
  const { state, pair } = useCompanion({ pollMs: POLL_MS });
  const steps = welcomeSteps(state);
  const openSetup = async () => openTab(`${companionBaseUrl(await companionPortItem.getValue())}/setup`);
  return (
    <main class="welcome">
      <StatusHeader state={state} />
      <p class="lead">{t('welcomeLead')}</p>
      <ol class="steps">
        <Step id="start" number={1} state={steps.start}>
          <p>{t('welcomeStartHelp')}</p>
          <StartHelp firstRun />
        </Step>
        <Step id="pair" number={2} state={steps.pair}>
          {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
        </Step>
        <Step id="connect" number={3} state={steps.connect}>
          <p>{t('welcomeConnectHelp')}</p>
          <button type="button" onClick={() => void openSetup()}>
            {t('openSetup')}
          </button>
          {state.kind === 'ready' && <ConnectionList connections={state.connections} />}
        </Step>
      </ol>
      {steps.connect === 'done' && (
        <section class="panel welcome-done" role="status">
          <h2>{t('welcomeDoneHeading')}</h2>
          <p>{t('welcomeDoneHelp')}</p>
        </section>
      )}
      {state.kind === 'broken' && (
        <p class="error" role="alert">
          {t(state.messageKey)}
        </p>
      )}
    </main>
  );
}
