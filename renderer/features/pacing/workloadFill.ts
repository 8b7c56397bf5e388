/** Share of the workload bar to fill, in percent: the budget fills it; beyond, it stays full (colour and text say by how much). */
export function workloadFill(minutes: number, budgetMinutes: number): number {
  if (budgetMinutes <= 0) return minutes > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.round((minutes / budgetMinutes) * 100)));
}
