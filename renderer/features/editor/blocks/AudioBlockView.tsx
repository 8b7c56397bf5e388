import type { ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { MediaDuration } from './MediaDuration';
import { MediaPicker } from './MediaPicker';
import { TextField } from './TextField';

/** A sound file (podcast, interview) with its transcript. */
export function AudioBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  return (
    <BlockFrame
      block={BLOCK.audio}
      label={t('editor:block.audio')}
      aside={<MediaDuration seconds={node.attrs.durationSeconds ?? null} />}
      selected={selected}
      onRemove={deleteNode}
    >
      <MediaPicker
        kind="audio"
        label={t('editor:mediaFile')}
        value={node.attrs.mediaId ?? null}
        onChange={(asset) => updateAttributes({ mediaId: asset?.id ?? null, durationSeconds: asset?.durationSeconds ?? null })}
      />
      <TextField label={t('editor:transcript')} value={String(node.attrs.transcript ?? '')} multiline onChange={(value) => updateAttributes({ transcript: value })} />
    </BlockFrame>
  );
}
