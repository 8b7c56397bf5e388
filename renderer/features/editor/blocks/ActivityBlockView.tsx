import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ActivityAttrsSchema } from '../../../../shared/model/blockAttrsSchemas';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { ChoiceSelect } from './ChoiceSelect';

const MODES = ActivityAttrsSchema.shape.mode.options;

/** Instructions for work done away from the screen or together in a live session. */
export function ActivityBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  return (
    <BlockFrame
      block={BLOCK.activityInstructions}
      label={t('editor:block.activityInstructions')}
      aside={
        <ChoiceSelect
          label={t('editor:mode')}
          value={String(node.attrs.mode ?? 'offline')}
          options={MODES.map((value) => ({ value, label: t(`editor:mode.${value}`) }))}
          onChange={(value) => updateAttributes({ mode: value })}
        />
      }
      selected={selected}
      onRemove={deleteNode}
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  );
}
