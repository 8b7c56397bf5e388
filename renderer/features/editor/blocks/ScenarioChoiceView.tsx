import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/** One choice: what the learner picks, the feedback they get, and the situation it leads to (from the scenario's list). */
export function ScenarioChoiceView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const position = getPos();
  const place = position === undefined ? null : editor.state.doc.resolve(position);
  // Choices follow the situation's text: number them among choices only.
  let number = 0;
  place?.parent.forEach((sibling, _, at) => {
    if (sibling.type === node.type && at <= (place?.index() ?? 0)) number += 1;
  });
  const scenario = place && place.depth >= 1 ? place.node(place.depth - 1) : null;
  const situations: { id: string; title: string }[] = [];
  scenario?.forEach((situation) => situations.push({ id: String(situation.attrs.id ?? ''), title: String(situation.attrs.title ?? '') }));
  const target = String(node.attrs.target ?? '');
  const known = situations.some((situation) => situation.id === target);
  return (
    <NodeViewWrapper className="choice" data-testid="scenario-choice" contentEditable={false}>
      {/* Wrapped, not linked by id: each node view is a React root of its own, where useId repeats. */}
      <label className="choice__field choice__label">
        <span className="field__label">{t('editor:choiceLabel', { number })}</span>
        <input className="input" type="text" maxLength={500} value={String(node.attrs.label ?? '')} placeholder={t('editor:choiceLabelPlaceholder')} onChange={(event) => updateAttributes({ label: event.target.value })} />
      </label>
      <label className="choice__field">
        <span className="field__label">{t('editor:choiceTarget')}</span>
        <select className="select" value={known ? target : ''} aria-invalid={known ? undefined : true} onChange={(event) => updateAttributes({ target: event.target.value })}>
          <option value="">{t('editor:choiceNoTarget')}</option>
          {situations.map((situation, index) => (
            <option key={situation.id || index} value={situation.id}>
              {t('editor:situationOption', { number: index + 1, title: situation.title })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="icon-button choice__remove" aria-label={t('editor:removeChoice', { number })} title={t('editor:removeChoice', { number })} onClick={deleteNode}>
        <Icon name="close" size={14} />
      </button>
      <label className="choice__field choice__feedback">
        <span className="field__label">{t('editor:choiceFeedback', { number })}</span>
        <input className="input" type="text" maxLength={2000} value={String(node.attrs.feedback ?? '')} onChange={(event) => updateAttributes({ feedback: event.target.value })} />
      </label>
      {!known && <p className="block__warning choice__warning">{t('editor:choiceTargetMissing')}</p>}
    </NodeViewWrapper>
  );
}
