import { NodeViewContent, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { CalloutAttrsSchema } from '../../../../shared/model/blockAttrsSchemas';
import { BLOCK } from '../../../../shared/model/blocks';
import { BlockFrame } from './BlockFrame';
import { ChoiceSelect } from './ChoiceSelect';

const TONES = CalloutAttrsSchema.shape.tone.options;

/** A highlighted box (information, key point, warning) around ordinary content. */
export function CalloutBlockView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const tone = String(node.attrs.tone ?? 'info');
  return (
    <BlockFrame
      block={BLOCK.callout}
      variant={`tone-${tone}`}
      label={t('editor:block.callout')}
      aside={
        <ChoiceSelect
          label={t('editor:tone')}
          value={tone}
          options={TONES.map((value) => ({ value, label: t(`editor:tone.${value}`) }))}
          onChange={(value) => updateAttributes({ tone: value })}
        />
      }
      selected={selected}
      onRemove={deleteNode}
    >
      <NodeViewContent className="block__content" />
    </BlockFrame>
  );
}
