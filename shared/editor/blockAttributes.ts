import type { Attributes } from '@tiptap/core';

/** How one block attribute is written in HTML (copy-paste inside the editor) and read back. */
export type BlockAttributeKind = 'text' | 'number' | 'nullable-text' | 'nullable-number';

const DEFAULTS: Record<BlockAttributeKind, string | number | null> = {
  text: '',
  number: 0,
  'nullable-text': null,
  'nullable-number': null,
};

function parseValue(raw: string | null, kind: BlockAttributeKind): string | number | null {
  if (raw === null) return DEFAULTS[kind];
  if (kind === 'text' || kind === 'nullable-text') return raw;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULTS[kind];
}

const dataName = (name: string): string => `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * TipTap attribute specs for a block's attributes (from shared/model/blocks.ts), each kept in a
 * `data-*` HTML attribute so a copied block pastes back with the same attributes.
 */
export function blockAttributes(kinds: Record<string, BlockAttributeKind>, defaults: Record<string, string | number | null> = {}): Attributes {
  const attributes: Attributes = {};
  for (const [name, kind] of Object.entries(kinds)) {
    attributes[name] = {
      default: name in defaults ? defaults[name] : DEFAULTS[kind],
      parseHTML: (element: { getAttribute(name: string): string | null }) => parseValue(element.getAttribute(dataName(name)), kind),
      renderHTML: (attrs: Record<string, unknown>) => {
        const value = attrs[name];
        return value === null || value === undefined ? {} : { [dataName(name)]: String(value) };
      },
    };
  }
  return attributes;
}
