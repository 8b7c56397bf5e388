import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { useHistoryActionName } from './useHistoryActionName';
import { useHistoryShortcuts } from './useHistoryShortcuts';
import './history.css';

/**
 * Undo and redo for the whole project. The action they would undo or redo is their description
 * (tooltip), not their name: a name such as "Annuler : ajouter une question" would also answer to
 * "Ajouter une question" for voice control and for anyone looking the other button up by name.
 */
export function UndoRedoButtons() {
  const { t } = useTranslation();
  const history = useAppStore((state) => state.history);
  const pendingSaves = useAppStore((state) => state.pendingSaves);
  const loadHistory = useAppStore((state) => state.loadHistory);
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);
  const actionName = useHistoryActionName();
  useHistoryShortcuts();

  // Every finished save may have added an undo step.
  useEffect(() => {
    if (pendingSaves === 0) void loadHistory();
  }, [pendingSaves, loadHistory]);

  const undoLabel = history?.canUndo ? t('authoring:undoAction', { action: actionName(history.undoLabel) }) : t('authoring:nothingToUndo');
  const redoLabel = history?.canRedo ? t('authoring:redoAction', { action: actionName(history.redoLabel) }) : t('authoring:nothingToRedo');
  return (
    <div className="history-buttons" role="group" aria-label={t('authoring:history')}>
      <button
        type="button"
        className="button button--ghost button--small"
        title={undoLabel}
        disabled={!history?.canUndo}
        data-testid="undo"
        onClick={() => void undo()}
      >
        <Icon name="undo" size={16} />
        {t('authoring:undo')}
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        title={redoLabel}
        disabled={!history?.canRedo}
        data-testid="redo"
        onClick={() => void redo()}
      >
        <Icon name="redo" size={16} />
        {t('authoring:redo')}
      </button>
    </div>
  );
}
