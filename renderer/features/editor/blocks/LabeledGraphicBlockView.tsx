import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newHotspot } from '../../../../shared/editor/newBlockContent';
import { clampPercent } from '../../../../shared/export/clampPercent';
import { BLOCK } from '../../../../shared/model/blocks';
import { useAppStore } from '../../../state/useAppStore';
import { Icon } from '../../../ui/Icon';
import { BlockFrame } from './BlockFrame';
import { MediaPicker } from './MediaPicker';

/** A labeled graphic: its image and alternative text, a preview to place hotspots with a click, then the hotspots. */
export function LabeledGraphicBlockView({ node, editor, getPos, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const mediaId = (node.attrs.mediaId as string | null) ?? null;
  const alt = String(node.attrs.alt ?? '');
  const thumbnail = useAppStore((state) => (mediaId ? state.mediaThumbnails[mediaId] : null));
  const loadMediaThumbnail = useAppStore((state) => state.loadMediaThumbnail);
  const [placing, setPlacing] = useState(0);
  useEffect(() => {
    if (mediaId) void loadMediaThumbnail(mediaId);
  }, [mediaId, loadMediaThumbnail]);
  const hotspots: { x: number; y: number }[] = [];
  node.forEach((child) => hotspots.push({ x: clampPercent(child.attrs.x), y: clampPercent(child.attrs.y) }));
  const chosen = Math.min(placing, hotspots.length - 1);

  /** Position of the n-th hotspot node in the document. */
  const hotspotPosition = (index: number): number | null => {
    const start = getPos();
    if (start === undefined) return null;
    let position = start + 1;
    for (let at = 0; at < index; at++) position += node.child(at).nodeSize;
    return position;
  };
  const place = (event: MouseEvent<HTMLDivElement>) => {
    const position = hotspotPosition(chosen);
    if (position === null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = clampPercent(((event.clientX - box.left) / box.width) * 100);
    const y = clampPercent(((event.clientY - box.top) / box.height) * 100);
    editor.chain().command(({ tr }) => {
      tr.setNodeAttribute(position, 'x', x).setNodeAttribute(position, 'y', y);
      return true;
    }).run();
  };
  const addHotspot = () => {
    const start = getPos();
    if (start === undefined) return;
    const end = start + node.nodeSize - 1;
    setPlacing(hotspots.length);
    editor.chain().insertContentAt(end, newHotspot()).setTextSelection(end + 2).focus().run();
  };

  return (
    <BlockFrame block={BLOCK.labeledGraphic} label={t('editor:block.labeledGraphic')} selected={selected} onRemove={deleteNode}>
      <div className="block__fields graphic__fields" contentEditable={false}>
        <MediaPicker kind="image" label={t('editor:graphicImage')} value={mediaId} onChange={(asset) => updateAttributes({ mediaId: asset?.id ?? null })} />
        {/* Wrapped, not linked by id: each node view is a React root of its own, where useId repeats. */}
        <label className="field block__field">
          <span className="field__label">{t('editor:alt')}</span>
          <input className="input" type="text" value={alt} aria-invalid={alt.trim() === '' ? true : undefined} onChange={(event) => updateAttributes({ alt: event.target.value })} />
          {alt.trim() === '' && <span className="block__warning">{t('editor:altMissing')}</span>}
        </label>
        {thumbnail ? (
          <div className="graphic__preview">
            <label className="graphic__placing">
              <span className="field__label">{t('editor:graphicPreview', { number: chosen + 1 })}</span>
              <select className="select" value={chosen} onChange={(event) => setPlacing(Number(event.target.value))}>
                {hotspots.map((_, index) => (
                  <option key={index} value={index}>
                    {index + 1}
                  </option>
                ))}
              </select>
            </label>
            {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- a mouse shortcut: each hotspot's X/Y fields place it from the keyboard */}
            <div className="graphic__stage" onClick={place} data-testid="graphic-stage">
              <img src={thumbnail} alt="" />
              {hotspots.map((spot, index) => (
                <span key={index} className={`graphic__marker${index === chosen ? ' is-chosen' : ''}`} style={{ left: `${spot.x}%`, top: `${spot.y}%` }} aria-hidden="true">
                  {index + 1}
                </span>
              ))}
            </div>
          </div>
        ) : (
          <p className="field__hint">{t('editor:graphicNoImage')}</p>
        )}
      </div>
      <NodeViewContent className="panels__list" />
      <div className="panels__footer" contentEditable={false}>
        <p className="panels__hint">{t('editor:graphicHint')}</p>
        <button type="button" className="button button--ghost button--small" onClick={addHotspot}>
          <Icon name="plus" size={14} />
          {t('editor:addHotspot')}
        </button>
      </div>
    </BlockFrame>
  );
}
