/**
 * The 대량 분석 page (a full tab): the companion's state as in the popup, then the list to
 * analyse, the jobs, and the chosen job with its results. Jobs live in the companion, so closing
 * this tab, or the browser, stops nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import { CompanionClient } from '../../companion-client.ts';
import { ClientProvider } from '../../ui/client-context.tsx';
import { t, uiLanguage } from '../../platform/browser.ts';
import { OfflineHelp } from '../../features/status/OfflineHelp.tsx';
import { StatusHeader } from '../../features/status/StatusHeader.tsx';
import { PairForm } from '../../features/pairing/PairForm.tsx';
import { useCompanion } from '../../features/status/use-companion.ts';
import { ListInput } from '../../features/bulk/ListInput.tsx';
import { JobList } from '../../features/bulk/JobList.tsx';
import { JobView } from '../../features/bulk/JobView.tsx';
import { useJobs } from '../../features/bulk/use-jobs.ts';

/** The job asked for in the address (`bulk.html?job=…`, from the popup's line), else the newest. */
function jobInAddress(): string | null {
  return new URLSearchParams(location.search).get('job');
}

function Workspace({ port, token }: { port: number; token: string }) {
  const client = useMemo(() => new CompanionClient({ port, token, language: uiLanguage() }), [port, token]);
  const { jobs, problem, secondsLeft, refresh } = useJobs(client);
  const [selected, setSelected] = useState<string | null>(jobInAddress);
  const job = jobs?.find((j) => j.id === selected) ?? jobs?.[0] ?? null;

  async function start(keywords: string[], name: string): Promise<void> {
    const created = await client.createJob(keywords, name || undefined);
    setSelected(created.id);
    refresh();
  }

  return (
    <ClientProvider client={client}>
      <div class="bulk-layout">
        <div class="bulk-side">
          <ListInput onStart={start} />
          {jobs && <JobList jobs={jobs} selected={job?.id ?? null} onSelect={setSelected} />}
        </div>
        <div class="bulk-main">
          {problem && (
            <p class="error" role="alert">
              {problem.message}
            </p>
          )}
          {jobs === null && !problem && <div class="skeleton" aria-hidden="true" />}
          {job ? (
            <JobView job={job} secondsLeft={secondsLeft(job)} onChanged={refresh} />
          ) : (
            jobs && <p class="panel muted">{t('bulkNoJobYet')}</p>
          )}
        </div>
      </div>
    </ClientProvider>
  );
}

export function BulkPage() {
  const { state, refresh, pair } = useCompanion();
  return (
    <main class="bulk popup panel-mode">
      <StatusHeader state={state} />
      <h1 class="bulk-title">{t('bulkTitle')}</h1>
      {state.kind === 'checking' && <div class="skeleton" aria-hidden="true" />}
      {state.kind === 'offline' && <OfflineHelp baseUrl={state.baseUrl} onRetry={() => void refresh()} />}
      {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
      {state.kind === 'broken' && (
        <p class="error" role="alert">
          {t(state.messageKey)}
        </p>
      )}
      {state.kind === 'ready' && <Workspace port={state.port} token={state.token} />}
    </main>
  );
}
