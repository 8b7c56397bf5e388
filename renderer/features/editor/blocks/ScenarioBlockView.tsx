import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { newSituation } from '../../../../shared/editor/newBlockContent';
import { BLOCK } from '../../../../shared/model/blocks';
import { Icon } from '../../../ui/Icon';
import { BlockFrame } from './BlockFrame';

/** A branching scenario: its title, whether it counts toward completion, its situations and a button to add one. */
export function ScenarioBlockView({ node, editor, getPos, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const addSituation = () => {
    const position = getPos();
    if (position === undefined) return;
    const end = position + node.nodeSize - 1;
    // The cursor waits in the new situation's paragraph (scenario end → situation start → paragraph start).
    editor.chain().insertContentAt(end, newSituation()).setTextSelection(end + 2).focus().run();
  };
  return (
    <BlockFrame block={BLOCK.scenario} label={t('editor:block.scenario')} selected={selected} onRemove={deleteNode}>
      <div className="block__fields scenario__fields" contentEditable={false}>
        {/* Wrapped, not linked by id: each node view is a React root of its own, where useId repeats. */}
        <label className="field block__field">
          <span className="field__label">{t('editor:scenarioTitle')}</span>
          <input className="input" type="text" maxLength={500} value={String(node.attrs.title ?? '')} placeholder={t('editor:scenarioTitlePlaceholder')} onChange={(event) => updateAttributes({ title: event.target.value })} />
        </label>
        <label className="scenario__required">
          <input type="checkbox" checked={Number(node.attrs.required) === 1} onChange={(event) => updateAttributes({ required: event.target.checked ? 1 : 0 })} />
          {t('editor:scenarioRequired')}
        </label>
      </div>
      <NodeViewContent className="panels__list" />
      <div className="panels__footer" contentEditable={false}>
        <p className="panels__hint">{t('editor:scenarioHint')}</p>
        <button type="button" className="button button--ghost button--small" onClick={addSituation}>
          <Icon name="plus" size={14} />
          {t('editor:addSituation')}
        </button>
      </div>
    </BlockFrame>
  );
}
