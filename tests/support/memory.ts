/** A process's resident memory in MB, as the kernel counts it (Linux). */
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no resident memory for process ${pid}`);
  return Number(kilobytes) / 1024;
}
