import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { clampPercent } from '../../../../shared/export/clampPercent';
import { Icon } from '../../../ui/Icon';

/** One hotspot of a labeled graphic: its title, its place on the image (percent, typed or clicked) and its text. */
export function HotspotView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const position = getPos();
  const place = position === undefined ? null : editor.state.doc.resolve(position);
  const number = (place?.index() ?? 0) + 1;
  const coordinate = (name: 'x' | 'y', label: string) => (
    // Wrapped, not linked by id: each node view is a React root of its own, where useId repeats.
    <label className="hotspot__coordinate">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type="number"
        min={0}
        max={100}
        step={1}
        value={Number(node.attrs[name] ?? 50)}
        onChange={(event) => {
          if (event.target.value !== '') updateAttributes({ [name]: clampPercent(Number(event.target.value)) });
        }}
      />
    </label>
  );
  return (
    <NodeViewWrapper className="panel hotspot" data-testid="hotspot">
      <div className="panel__header" contentEditable={false}>
        <span className="hotspot__number" aria-hidden="true">
          {number}
        </span>
        <label className="panel__title-field">
          <span className="field__label">{t('editor:hotspotTitle', { number })}</span>
          <input
            className="input panel__title"
            type="text"
            maxLength={500}
            value={String(node.attrs.title ?? '')}
            placeholder={t('editor:hotspotTitlePlaceholder')}
            onChange={(event) => updateAttributes({ title: event.target.value })}
          />
        </label>
        {coordinate('x', t('editor:hotspotX'))}
        {coordinate('y', t('editor:hotspotY'))}
        {place && place.parent.childCount > 1 && (
          <button type="button" className="icon-button" aria-label={t('editor:removeHotspot', { number })} title={t('editor:removeHotspot', { number })} onClick={deleteNode}>
            <Icon name="close" size={14} />
          </button>
        )}
      </div>
      <NodeViewContent className="panel__content" />
    </NodeViewWrapper>
  );
}
