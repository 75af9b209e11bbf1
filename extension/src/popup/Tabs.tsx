/**
 * The popup's views as tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs).
 * A panel is mounted the first time its tab is chosen and then kept, so going back loses nothing
 * and a view that costs vendor calls (product search) runs only when asked for.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export function Tabs({ tabs, initial }: { tabs: Tab[]; initial?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]!.id);
  const [visited, setVisited] = useState(() => new Set([selected]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function choose(id: string, focus = false): void {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
    if (focus) buttons.current[tabs.findIndex((t) => t.id === id)]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number): void {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    choose(tabs[next]!.id, true);
  }

  return (
    <div class="tabs">
      <div role="tablist" class="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => void (buttons.current[i] = el)}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={selected === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={selected === tab.id ? 0 : -1}
            onClick={() => choose(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={selected !== tab.id}
        >
          {visited.has(tab.id) && tab.render()}
        </div>
      ))}
    </div>
  );
}
