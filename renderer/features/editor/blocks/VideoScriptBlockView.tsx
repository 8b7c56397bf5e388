import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { newScriptRow } from '../../../../shared/editor/newBlockContent';
import { scriptSpeakingSeconds } from '../../../../shared/editor/scriptSpeakingSeconds';
import { BLOCK } from '../../../../shared/model/blocks';
import type { RichTextNode } from '../../../../shared/model/richText';
import { Icon } from '../../../ui/Icon';
import { formatMediaTime } from '../formatMediaTime';
import { BlockFrame } from './BlockFrame';

/** A video script as two columns, narration beside what is on screen, timed at speaking pace. */
export function VideoScriptBlockView({ node, editor, getPos, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const seconds = scriptSpeakingSeconds(node.toJSON() as RichTextNode);
  const addRow = () => {
    const position = getPos();
    if (position === undefined) return;
    const endOfRows = position + node.nodeSize - 1;
    // Put the cursor in the new row's narration cell, ready to type. Focus now, not at the next frame as
    // the focus command does: keys typed right after the click would go to the button and be lost.
    editor.view.focus();
    editor.chain().insertContentAt(endOfRows, newScriptRow()).setTextSelection(endOfRows + 3).focus().run();
  };
  return (
    <BlockFrame
      block={BLOCK.videoScript}
      label={t('editor:block.videoScript')}
      aside={
        <span className="badge badge--accent" data-testid="speaking-time">
          {t('editor:speakingTime', { duration: formatMediaTime(seconds, t) })}
        </span>
      }
      selected={selected}
      onRemove={deleteNode}
    >
      <div className="script__columns" contentEditable={false}>
        <span>{t('editor:narration')}</span>
        <span>{t('editor:onScreen')}</span>
        <span />
      </div>
      <NodeViewContent className="script__rows" />
      <div className="script__footer" contentEditable={false}>
        <p className="script__audience">{t('editor:scriptNotForLearners')}</p>
        <button type="button" className="button button--ghost button--small" onClick={addRow}>
          <Icon name="plus" size={14} />
          {t('editor:addRow')}
        </button>
      </div>
    </BlockFrame>
  );
}
