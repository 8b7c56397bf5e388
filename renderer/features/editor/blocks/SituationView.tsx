import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { newScenarioChoice } from '../../../../shared/editor/newBlockContent';
import { BLOCK } from '../../../../shared/model/blocks';
import { Icon } from '../../../ui/Icon';

/** One situation: its title (start or end said beside it), its text and choices, and buttons to add a choice or remove it. */
export function SituationView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const position = getPos();
  const place = position === undefined ? null : editor.state.doc.resolve(position);
  const index = place?.index() ?? 0;
  const number = index + 1;
  let choices = 0;
  node.forEach((child) => {
    if (child.type.name === BLOCK.scenarioChoice) choices += 1;
  });
  const addChoice = () => {
    const at = getPos();
    if (at === undefined) return;
    editor.chain().insertContentAt(at + node.nodeSize - 1, newScenarioChoice()).run();
  };
  return (
    <NodeViewWrapper className="panel situation" data-testid="situation">
      <div className="panel__header" contentEditable={false}>
        <label className="panel__title-field">
          <span className="field__label">
            {t('editor:situationTitle', { number })}
            {index === 0 && <span className="situation__badge">{t('editor:situationStart')}</span>}
            {choices === 0 && <span className="situation__badge situation__badge--end">{t('editor:situationEnd')}</span>}
          </span>
          <input className="input panel__title" type="text" maxLength={500} value={String(node.attrs.title ?? '')} placeholder={t('editor:situationTitlePlaceholder')} onChange={(event) => updateAttributes({ title: event.target.value })} />
        </label>
        {place && place.parent.childCount > 1 && (
          <button type="button" className="icon-button" aria-label={t('editor:removeSituation', { number })} title={t('editor:removeSituation', { number })} onClick={deleteNode}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
      <NodeViewContent className="panel__content" />
      <div className="situation__footer" contentEditable={false}>
        <button type="button" className="button button--ghost button--small" onClick={addChoice}>
          <Icon name="plus" size={14} />
          {t('editor:addChoice')}
        </button>
      </div>
    </NodeViewWrapper>
  );
}
