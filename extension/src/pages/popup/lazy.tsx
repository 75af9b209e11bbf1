/**
 * A view whose code is loaded the first time it shows: the popup's first paint parses only what
 * the keyword tab needs, and the other tabs arrive when they are picked (a few milliseconds, from
 * the extension's own files).
 *
 *   const EarningsView = lazyView(() => import('../../features/earnings/EarningsView.tsx').then((m) => m.EarningsView));
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  return function LazyView(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((view) => {
        loaded = view;
      });
      void pending.then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    const View = loaded;
    return View ? <View {...props} /> : <div class="skeleton" aria-hidden="true" />;
  };
}
