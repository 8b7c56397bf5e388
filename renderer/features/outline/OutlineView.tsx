import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { AddCapsuleForm } from './AddCapsuleForm';
import { AddModuleForm } from './AddModuleForm';
import { DeletedNotice } from './DeletedNotice';
import { lazyView } from '../../app/lazyView';
import { ImportFileButton } from '../import/ImportFileButton';
import { OutlineSearch } from './OutlineSearch';
import { OutlineTree } from './OutlineTree';
import { searchOutline } from './searchOutline';
import './outline.css';

// Loaded when first opened: not needed to paint the outline.
const ImportIntoCourseDialog = lazyView(() => import('./ImportIntoCourseDialog'), 'ImportIntoCourseDialog');

type Adding = { what: 'module' } | { what: 'capsule'; moduleId: string } | null;

/** The course plan: totals, add module / capsule, search, and the tree of modules and capsules. */
export function OutlineView() {
  const { t } = useTranslation();
  const outline = useAppStore((state) => state.outline);
  const selection = useAppStore((state) => state.selection);
  const [adding, setAdding] = useState<Adding>(null);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);
  const readOnly = useAppStore((state) => Boolean(state.session?.project?.readOnly));
  const stageImport = useAppStore((state) => state.stageImport);
  const closeImport = useCallback(() => setImporting(false), []);
  const historyRevision = useAppStore((state) => state.historyRevision);
  // The notice speaks of the last deletion only until the next undo or redo.
  const [deleted, setDeleted] = useState<{ title: string; revision: number } | null>(null);
  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);
  const shown = useMemo(() => (outline ? searchOutline(outline, query) : []), [outline, query]);
  const reviewLoaded = useAppStore((state) => state.reviewOverview !== null);
  const loadReviewOverview = useAppStore((state) => state.loadReviewOverview);
  // Module sign-offs from client review show in the tree.
  useEffect(() => {
    if (!reviewLoaded) void loadReviewOverview();
  }, [reviewLoaded, loadReviewOverview]);

  if (!outline) return null;
  const filtered = query.trim() !== '';
  const capsuleCount = outline.modules.reduce((sum, module) => sum + module.capsules.length, 0);
  const selectedModuleId =
    outline.modules.find((module) => module.id === selection?.id || module.capsules.some((capsule) => capsule.id === selection?.id))?.id ??
    outline.modules[outline.modules.length - 1]?.id;

  const selectedIndex = outline.modules.findIndex((module) => module.id === selectedModuleId);
  const startImport = (file?: File) => {
    setImporting(true);
    void stageImport(file);
  };

  const added = (id: string | undefined) => {
    setAdding(null);
    if (id) setFocusRequest(id);
  };

  return (
    <div className="outline">
      <header className="outline__header">
        <h1>{t('outline:heading')}</h1>
        <p className="outline__summary" data-testid="outline-summary">
          <Icon name="clock" size={16} />
          {t('outline:summary', {
            modules: t('outline:summary.modules', { count: outline.modules.length }),
            capsules: t('outline:summary.capsules', { count: capsuleCount }),
            duration: formatDuration(outline.totalMinutes, t),
          })}
        </p>
      </header>
      <div className="outline__toolbar">
        <button type="button" className="button button--primary" onClick={() => setAdding({ what: 'module' })}>
          <Icon name="plus" size={16} />
          {t('outline:addModule')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!selectedModuleId}
          onClick={() => selectedModuleId && setAdding({ what: 'capsule', moduleId: selectedModuleId })}
        >
          <Icon name="plus" size={16} />
          {t('outline:addCapsule')}
        </button>
        <ImportFileButton label={t('outline:import.open')} className="button" disabled={readOnly || importing} testId="outline-import-input" onPick={startImport} />
        {outline.modules.length > 0 && <OutlineSearch query={query} resultCount={shown.length} onChange={setQuery} />}
      </div>
      {deleted?.revision === historyRevision && <DeletedNotice title={deleted.title} onClose={() => setDeleted(null)} />}
      {importing && (
        <Suspense fallback={null}>
          <ImportIntoCourseDialog
            target={{ afterModuleId: selectedModuleId ?? null, position: selectedIndex + 1, title: outline.modules[selectedIndex]?.title ?? '' }}
            onClose={closeImport}
            onImported={(moduleIds) => {
              setImporting(false);
              if (moduleIds[0]) setFocusRequest(moduleIds[0]);
            }}
          />
        </Suspense>
      )}
      {adding?.what === 'module' && <AddModuleForm onDone={added} />}
      {adding?.what === 'capsule' && <AddCapsuleForm modules={outline.modules} initialModuleId={adding.moduleId} onDone={added} />}
      {outline.modules.length === 0 ? (
        <p className="outline__empty">{t('outline:empty')}</p>
      ) : filtered && shown.length === 0 ? (
        <p className="outline__empty">{t('outline:search.none', { query: query.trim() })}</p>
      ) : (
        <>
          <OutlineTree
            outline={outline}
            shown={shown}
            filtered={filtered}
            focusRequest={focusRequest}
            onFocusRequestDone={clearFocusRequest}
            onRequestFocus={setFocusRequest}
            onAddCapsule={(moduleId) => setAdding({ what: 'capsule', moduleId })}
            onDeleted={(title) => setDeleted({ title, revision: historyRevision })}
          />
          <p className="outline__hint">{t('outline:tree.hint')}</p>
        </>
      )}
    </div>
  );
}
