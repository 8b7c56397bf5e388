import { ExportOptionsSchema, type ExportOptions } from '../../../shared/export/exportOptions';
import { defineProjectSetting, type ProjectSettings } from '../project/projectSettings';

/** The last export's choices, in project_settings: out of the course row, so out of the framing and of undo. */
const exportSettingsSetting = defineProjectSetting('export.options', ExportOptionsSchema.nullable(), null);

/**
 * Choices remembered before the course source was shipped by default. Their `includeSource: false` was
 * that old default, never a decision (the box could only be ticked), so they are read with the source on.
 */
const settingsBeforeSourceByDefault = defineProjectSetting('export.settings', ExportOptionsSchema.nullable(), null);

/** The last export's choices, or null when the course was never exported. */
export function rememberedExportSettings(settings: ProjectSettings): ExportOptions | null {
  const remembered = settings.get(exportSettingsSetting);
  if (remembered) return remembered;
  const older = settings.get(settingsBeforeSourceByDefault);
  return older && { ...older, includeSource: true };
}

/** Remembers an export's choices (in the caller's transaction), replacing any older-format ones. */
export function rememberExportSettings(settings: ProjectSettings, options: ExportOptions): void {
  settings.set(exportSettingsSetting, options);
  settings.delete(settingsBeforeSourceByDefault);
}
