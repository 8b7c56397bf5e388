import type { ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { MediaDuration } from './MediaDuration';
import { MediaPicker } from './MediaPicker';
import { TextField } from './TextField';

/** A video: its file (whose duration counts in the capsule's time), WebVTT captions and transcript. */
export function VideoBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const captionsMediaId: string | null = node.attrs.captionsMediaId ?? null;
  return (
    <BlockFrame
      block={BLOCK.video}
      label={t('editor:block.video')}
      aside={<MediaDuration seconds={node.attrs.durationSeconds ?? null} />}
      selected={selected}
      onRemove={deleteNode}
    >
      <div className="block__fields block__fields--two">
        <MediaPicker
          kind="video"
          label={t('editor:mediaFile')}
          value={node.attrs.mediaId ?? null}
          onChange={(asset) => updateAttributes({ mediaId: asset?.id ?? null, durationSeconds: asset?.durationSeconds ?? null })}
        />
        <MediaPicker
          kind="captions"
          label={t('editor:captions')}
          value={captionsMediaId}
          noneLabel={t('editor:noCaptions')}
          onChange={(asset) => updateAttributes({ captionsMediaId: asset?.id ?? null })}
        />
      </div>
      {captionsMediaId === null && <p className="block__warning block__warning--standalone">{t('editor:captionsMissing')}</p>}
      <TextField label={t('editor:transcript')} value={String(node.attrs.transcript ?? '')} multiline onChange={(value) => updateAttributes({ transcript: value })} />
    </BlockFrame>
  );
}
