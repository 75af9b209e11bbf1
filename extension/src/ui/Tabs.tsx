/**
 * The popup's views as tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs).
 * A panel is mounted the first time its tab is chosen and then kept, so going back loses nothing
 * and a view that costs vendor calls (product search) runs only when asked for. The choice can be
 * held by the parent (`selected`, `onSelect`) when something else opens a tab.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Tab {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export interface TabsProps {
  tabs: Tab[];
  initial?: string;
  selected?: string;
  onSelect?: (id: string) => void;
}

export function Tabs({ tabs, initial, selected: held, onSelect }: TabsProps) {
  const [own, setOwn] = useState(initial ?? tabs[0]!.id);
  const selected = held ?? own;
  const [visited, setVisited] = useState(() => new Set([selected]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => setVisited((v) => (v.has(selected) ? v : new Set(v).add(selected))), [selected]);

  function choose(id: string, focus = false): void {
    setOwn(id);
    onSelect?.(id);
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
          {(visited.has(tab.id) || selected === tab.id) && tab.render()}
        </div>
      ))}
    </div>
  );
}
