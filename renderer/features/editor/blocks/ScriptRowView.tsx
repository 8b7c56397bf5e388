import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/** One script row: its two cells, and a button to remove it while the script keeps another row. */
export function ScriptRowView({ editor, getPos, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const position = getPos();
  const rowCount = position === undefined ? 0 : editor.state.doc.resolve(position).parent.childCount;
  return (
    <NodeViewWrapper className="script__row" data-testid="script-row">
      <NodeViewContent className="script__cells" />
      <div className="script__row-actions" contentEditable={false}>
        {rowCount > 1 && (
          <button type="button" className="icon-button" aria-label={t('editor:removeRow')} title={t('editor:removeRow')} onClick={deleteNode}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
    </NodeViewWrapper>
  );
}
