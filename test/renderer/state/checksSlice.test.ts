import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS } from '../../../shared/checks/checkSettings';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
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

  it('keeps the saved thresholds when the backend refuses inconsistent ones', async () => {
    await store.getState().loadCheckReport();
    expect(await store.getState().saveCheckSettings({ ...DEFAULT_CHECK_SETTINGS, minCohortSize: 60, maxCohortSize: 50 })).toBe(false);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().checkReport?.settings).toEqual(DEFAULT_CHECK_SETTINGS);
  });
});
