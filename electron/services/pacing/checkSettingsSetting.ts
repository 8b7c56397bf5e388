import { CheckSettingsSchema, DEFAULT_CHECK_SETTINGS } from '../../../shared/checks/checkSettings';
import { defineProjectSetting } from '../project/projectSettings';

/** The course's check thresholds, in project_settings. */
export const checkSettingsSetting = defineProjectSetting('checks.settings', CheckSettingsSchema, DEFAULT_CHECK_SETTINGS);
