import type { ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { MediaPicker } from './MediaPicker';
import { TextField } from './TextField';

/** An image: its file, its alternative text (warned about while empty) and its caption. */
export function ImageBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const alt = String(node.attrs.alt ?? '');
  return (
    <BlockFrame block={BLOCK.image} label={t('editor:block.image')} selected={selected} onRemove={deleteNode}>
      <div className="block__fields block__fields--image">
        <MediaPicker kind="image" label={t('editor:mediaFile')} value={node.attrs.mediaId ?? null} onChange={(asset) => updateAttributes({ mediaId: asset?.id ?? null })} />
        <TextField label={t('editor:caption')} value={String(node.attrs.caption ?? '')} onChange={(value) => updateAttributes({ caption: value })} />
        <TextField
          label={t('editor:alt')}
          value={alt}
          onChange={(value) => updateAttributes({ alt: value })}
          warning={alt.trim() === '' ? t('editor:altMissing') : undefined}
          testId="image-alt"
        />
      </div>
    </BlockFrame>
  );
}
