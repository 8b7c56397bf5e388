import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS } from '../../../shared/checks/checkSettings';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
import { CHECKS_PLACE } from '../../../renderer/state/checksSlice';
import { createTestServices } from '../../electron/services/serviceHarness';

let harness: ReturnType<typeof createTestServices>;
let store: AppStore;

beforeEach(async () => {
  harness = createTestServices();
  store = createAppStore(harness.api);
  await store.getState().createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
});
afterEach(() => harness.cleanup());

const findingsOf = (checkId: string) => store.getState().checkReport!.findings.filter((finding) => finding.checkId === checkId);

describe('checks slice on the real services', () => {
  it('loads the findings with the thresholds in force', async () => {
    await store.getState().loadCheckReport();
    expect(store.getState().checkReport?.settings).toEqual(DEFAULT_CHECK_SETTINGS);
    expect(Array.isArray(store.getState().checkReport?.findings)).toBe(true);
  });

  it('recomputes the findings with the thresholds it saves', async () => {
    await store.getState().addCohort();
    await store.getState().loadCheckReport();
    const cohortFindings = findingsOf('cohort-size').length;

    expect(await store.getState().saveCheckSettings({ ...DEFAULT_CHECK_SETTINGS, minCohortSize: 1_000, maxCohortSize: 2_000 })).toBe(true);
    expect(store.getState().checkReport?.settings.minCohortSize).toBe(1_000);
    expect(findingsOf('cohort-size').length).toBe(cohortFindings + 1);

    expect(await store.getState().saveCheckSettings({ ...DEFAULT_CHECK_SETTINGS, disabledChecks: ['cohort-size'] })).toBe(true);
    expect(findingsOf('cohort-size')).toEqual([]);
  });

  it('reads the count alone after a save elsewhere, dropping the report it may have made stale', async () => {
    await store.getState().loadCheckReport();
    const before = store.getState().checkReport!.findings.length;
    expect(store.getState().checkCount).toBe(before);

    await harness.api.addCohort({ learnerCount: 8 });
    await store.getState().loadCheckCount();
    expect(store.getState().checkCount).toBe(before + 1);
    expect(store.getState().checkReport).toBeNull();

    await store.getState().loadCheckReport();
    expect(store.getState().checkReport!.findings.length).toBe(before + 1);
  });

  it('keeps the report the checks view shows when the count comes back', async () => {
    store.getState().goTo(CHECKS_PLACE);
    await store.getState().loadCheckReport();
    await store.getState().loadCheckCount();
    expect(store.getState().checkReport).not.toBeNull();
  });

  it('keeps the saved thresholds when the backend refuses inconsistent ones', async () => {
    await store.getState().loadCheckReport();
    expect(await store.getState().saveCheckSettings({ ...DEFAULT_CHECK_SETTINGS, minCohortSize: 60, maxCohortSize: 50 })).toBe(false);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().checkReport?.settings).toEqual(DEFAULT_CHECK_SETTINGS);
  });
});
