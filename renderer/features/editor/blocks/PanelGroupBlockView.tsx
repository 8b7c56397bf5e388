import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { newPanel } from '../../../../shared/editor/newBlockContent';
import { Icon } from '../../../ui/Icon';
import { BlockFrame } from './BlockFrame';
import { panelWord } from './panelWords';

/** An accordion, tabs, flashcards, a process or a timeline: its titled panels one under the other, and a button to add one. */
export function PanelGroupBlockView({ node, editor, getPos, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const block = node.type.name;
  const addPanel = () => {
    const position = getPos();
    if (position === undefined) return;
    const endOfPanels = position + node.nodeSize - 1;
    // The cursor waits in the new panel's paragraph (group end → panel start → paragraph start).
    editor.chain().insertContentAt(endOfPanels, newPanel()).setTextSelection(endOfPanels + 2).focus().run();
  };
  return (
    <BlockFrame block={block} label={t(`editor:block.${block}`)} selected={selected} onRemove={deleteNode}>
      <NodeViewContent className="panels__list" />
      <div className="panels__footer" contentEditable={false}>
        <p className="panels__hint">{t(panelWord('panelsHint', block))}</p>
        <button type="button" className="button button--ghost button--small" onClick={addPanel}>
          <Icon name="plus" size={14} />
          {t(panelWord('addPanel', block))}
        </button>
      </div>
    </BlockFrame>
  );
}
