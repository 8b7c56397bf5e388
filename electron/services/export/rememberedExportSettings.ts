import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { defineProjectSetting } from '../project/projectSettings';

/** The last export's choices, in project_settings: out of the course row, so out of the framing and of undo. */
export const exportSettingsSetting = defineProjectSetting('export.settings', ExportOptionsSchema.nullable(), null);
