/** A section's heading over a list: the title, a reload, what the list is, and its loading or problem. */
import { t } from '../../platform/browser.ts';
import type { ProblemView } from '../../ui/problem-view.ts';

export function ListHead({
  id,
  title,
  help,
  list,
  empty,
}: {
  id: string;
  title: string;
  help: string;
  list: { loading: boolean; problem: ProblemView | null; reload: () => Promise<void> };
  /** Words for an empty list, shown once it has loaded. */
  empty: string | null;
}) {
  return (
    <>
      <div class="panel-head">
        <h2 id={id}>{title}</h2>
        <button type="button" class="link" onClick={() => void list.reload()} disabled={list.loading}>
          {t('storeReload')}
        </button>
      </div>
      <p class="muted">{help}</p>
      {list.problem && (
        <p class="error" role="alert">
          {list.problem.message}
        </p>
      )}
      {list.loading && empty === null && <div class="skeleton" aria-hidden="true" />}
      {empty && <p class="muted">{empty}</p>}
    </>
  );
}
