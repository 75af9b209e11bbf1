/**
 * Whether the browser has painted since `key` last changed: what can wait a frame (panels under
 * the figures, each with requests and rendering of its own) renders then, so the figures a person
 * opened the popup for are on screen first.
 *
 *   const later = useAfterPaint(item);      // false for the render that shows `item`, then true
 */
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint(key: unknown): boolean {
  const [painted, setPainted] = useState<{ key: unknown } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callback runs before that frame is painted; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted({ key }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key]);
  return painted !== null && painted.key === key;
}
