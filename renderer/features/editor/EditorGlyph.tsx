/** Toolbar glyphs drawn inline like renderer/ui/Icon, for the formatting commands only the editor has. */
const PATHS = {
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  bulletList: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  orderedList: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 1 1 2.5 1L3.5 19H6.5',
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M12 5v14',
  addRow: 'M4 4h16v9H4zM4 8.5h16M12 16v5M9.5 18.5h5',
  addColumn: 'M4 4h9v16H4zM8.5 4v16M16 12h5M18.5 9.5v5',
  deleteTable: 'M4 5h16v14H4zM9 9l6 6M15 9l-6 6',
} as const;

export type EditorGlyphName = keyof typeof PATHS;

export function EditorGlyph({ name }: { name: EditorGlyphName }) {
  return (
    <svg className="icon" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
