import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { panelWord } from './panelWords';

/** One panel: its title (plain text, what the learner clicks), its rich content, and removal while another panel remains. */
export function PanelView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const position = getPos();
  const place = position === undefined ? null : editor.state.doc.resolve(position);
  const parent = place?.parent ?? null;
  const number = (place?.index() ?? 0) + 1;
  const block = parent?.type.name ?? '';
  return (
    <NodeViewWrapper className="panel" data-testid="panel">
      <div className="panel__header" contentEditable={false}>
        {/* Wrapped, not linked by id: each node view is a React root of its own, where useId repeats. */}
        <label className="panel__title-field">
          <span className="field__label">{t(panelWord('panelTitle', block), { number })}</span>
          <input
            className="input panel__title"
            type="text"
            maxLength={500}
            value={String(node.attrs.title ?? '')}
            placeholder={t(panelWord('panelTitlePlaceholder', block))}
            onChange={(event) => updateAttributes({ title: event.target.value })}
          />
        </label>
        {parent && parent.childCount > 1 && (
          <button type="button" className="icon-button" aria-label={t(panelWord('removePanel', block), { number })} title={t(panelWord('removePanel', block), { number })} onClick={deleteNode}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
      <NodeViewContent className="panel__content" />
    </NodeViewWrapper>
  );
}
