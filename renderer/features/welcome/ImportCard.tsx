import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/importCalls';
import { DEFAULT_HEADING_LEVELS, type HeadingLevels } from '../../../shared/interchange/headingLevels';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** The outline the import would create, with the heading levels to choose for a Word document. */
function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const id = useId();
  const previewImport = useAppStore((state) => state.previewImport);
  const createProjectFromImport = useAppStore((state) => state.createProjectFromImport);
  const cancelImport = useAppStore((state) => state.cancelImport);
  const busy = useAppStore((state) => state.importProgress !== null);
  const levels = preview.levels ?? DEFAULT_HEADING_LEVELS;
  const capsuleCount = preview.modules.reduce((sum, module) => sum + module.capsules.length, 0);
  const countOf = (level: number) => preview.headingLevels.find((seen) => seen.level === level)?.count ?? 0;
  const choose = (change: Partial<HeadingLevels>) => {
    // A new module level brings the capsules just below it, the usual layout; the designer may then lower them.
    const next = change.module === undefined ? { ...levels, ...change } : { module: change.module, capsule: Math.min(6, change.module + 1) };
    void previewImport(next);
  };

  return (
    <section className="import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-preview__title">
        {t('welcome:import.previewTitle')} · {preview.fileName}
      </h3>
      <p className="import-preview__kind">{t(`welcome:import.kind.${preview.kind}`)}</p>
      {preview.kind === 'word' && (
        <div className="import-preview__levels">
          {(['module', 'capsule'] as const).map((role) => (
            <label key={role} className="field">
              <span className="field__label">{t(role === 'module' ? 'welcome:import.moduleLevel' : 'welcome:import.capsuleLevel')}</span>
              <select className="input" value={levels[role]} disabled={busy} onChange={(event) => choose({ [role]: Number(event.target.value) })}>
                {LEVELS.filter((level) => (role === 'module' ? level < 6 : level > levels.module)).map((level) => (
                  <option key={level} value={level}>
                    {t('welcome:import.levelOption', { level, count: countOf(level) })}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {preview.problem ? (
        <p className="import-preview__problem" role="alert">
          <Icon name="alert" size={16} /> {preview.problem}
        </p>
      ) : (
        <>
          <p className="import-preview__summary">
            {[t('welcome:import.modules', { count: preview.modules.length }), t('welcome:import.capsules', { count: capsuleCount }), t('welcome:import.media', { count: preview.mediaCount })].join(' · ')}
          </p>
          <ol className="import-preview__outline" aria-label={t('welcome:import.previewTitle')}>
            {preview.modules.map((module, index) => (
              <li key={index}>
                <span className="import-preview__module">{module.title}</span>
                {module.capsules.length > 0 && (
                  <ul>
                    {module.capsules.map((capsule, capsuleIndex) => (
                      <li key={capsuleIndex}>{capsule}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {Object.entries(preview.notes).map(([note, count]) => (
            <p key={note} className="import-preview__note">
              <Icon name="info" size={16} /> {t(`welcome:import.note.${note}`, { count })}
            </p>
          ))}
        </>
      )}
      <div className="import-preview__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void cancelImport()}>
          {t('welcome:import.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy || preview.problem !== null || preview.modules.length === 0} onClick={() => void createProjectFromImport(preview.levels ?? undefined)}>
          {t('welcome:import.create')}
        </button>
      </div>
    </section>
  );
}

/** "Import…": a Word document or one of our SCORM packages becomes a new project, after a preview. */
export function ImportCard() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  const isDesktop = useAppStore((state) => state.session?.mode === 'desktop');
  const stageImport = useAppStore((state) => state.stageImport);
  const preview = useAppStore((state) => state.importPreview);
  const progress = useAppStore((state) => state.importProgress);

  return (
    <section className="card welcome__card" aria-labelledby="import-heading">
      <div className="welcome__card-head">
        <h2 id="import-heading">{t('welcome:import.title')}</h2>
        <button type="button" className="button button--small" disabled={progress !== null} onClick={() => (isDesktop ? void stageImport() : input.current?.click())}>
          <Icon name="upload" size={16} />
          {t('welcome:import.choose')}
        </button>
        <input
          key={inputKey}
          ref={input}
          type="file"
          hidden
          accept=".docx,.zip"
          data-testid="import-file-input"
          aria-label={t('welcome:import.choose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // A fresh input lets the same file be chosen again after a fix.
            setInputKey((key) => key + 1);
            if (file) void stageImport(file);
          }}
        />
      </div>
      <p className="welcome__empty">{t('welcome:import.description')}</p>
      {progress && (
        <p className="import-preview__progress" role="status">
          {progress.step === 'reading' ? t('welcome:import.reading', { fileName: progress.fileName }) : t('welcome:import.creating')}
        </p>
      )}
      {preview && <ImportPreviewPanel preview={preview} />}
    </section>
  );
}
