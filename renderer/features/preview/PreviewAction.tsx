import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewTarget } from '../../state/previewSlice';
import { useAppStore } from '../../state/useAppStore';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { lazyView } from '../../app/lazyView';

// Loaded when first opened: not needed to paint the outline.
const PreviewDialog = lazyView(() => import('./PreviewDialog'), 'PreviewDialog');

/** "Aperçu" in the top bar: the selected capsule or module, as the learner will see it. */
export function PreviewAction() {
  const { t } = useTranslation();
  const selection = useAppStore((state) => state.selection);
  const preview = useAppStore((state) => state.preview);
  const openPreview = useAppStore((state) => state.openPreview);
  const opener = useReturnFocus(Boolean(preview));
  const target: PreviewTarget | null =
    selection?.kind === 'capsule' || selection?.kind === 'module' ? { kind: selection.kind, id: selection.id } : null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        disabled={!target}
        title={target ? t('editor:preview.hint') : t('editor:preview.needsSelection')}
        onClick={() => target && void openPreview(target)}
        data-testid="preview-action"
      >
        {t('editor:preview.action')}
      </button>
      {preview && (
        <Suspense fallback={null}>
          <PreviewDialog preview={preview} />
        </Suspense>
      )}
    </>
  );
}
