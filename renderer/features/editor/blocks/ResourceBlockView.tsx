import type { ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { MediaPicker } from './MediaPicker';
import { TextField } from './TextField';

/** A file the learner downloads (PDF tool sheet, spreadsheet), offered under a label. */
export function ResourceBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  return (
    <BlockFrame block={BLOCK.resource} label={t('editor:block.resource')} selected={selected} onRemove={deleteNode}>
      <div className="block__fields block__fields--two">
        <MediaPicker kind="document" label={t('editor:mediaFile')} value={node.attrs.mediaId ?? null} onChange={(asset) => updateAttributes({ mediaId: asset?.id ?? null })} />
        <TextField label={t('editor:label')} value={String(node.attrs.label ?? '')} onChange={(value) => updateAttributes({ label: value })} />
      </div>
    </BlockFrame>
  );
}
