/** A process's resident memory, as the kernel counts it. */
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Growth between two readings as a row's value: the growth first (the goal's figure), then both. */
export function growthValue(before: number, after: number): string {
  const growth = after - before;
  return `${growth >= 0 ? '' : '−'}${Math.abs(growth).toFixed(1)} (${before.toFixed(1)} → ${after.toFixed(1)})`;
}
