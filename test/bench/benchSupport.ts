// Helpers shared by the benches: medians over rounds and the machine's load, printed beside each result
// because the machine is shared and a loaded machine slows both sides of a ratio unevenly.
import { loadavg } from 'node:os';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function loadNote(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`;
}
