import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';

/** The "to remember" summary that closes a capsule. */
export function KeyPointsBlockView({ deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  return (
    <BlockFrame block={BLOCK.keyPoints} label={t('editor:block.keyPoints')} selected={selected} onRemove={deleteNode}>
      <NodeViewContent className="block__content" />
    </BlockFrame>
  );
}
