import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { courseExtensions } from '../../../shared/editor/courseExtensions';
import { newBlockContent, type InsertableBlock } from '../../../shared/editor/newBlockContent';
import { validateCapsuleContent } from '../../../shared/editor/validateCapsuleContent';
import { ImageAttrsSchema, VideoAttrsSchema } from '../../../shared/model/blockAttrsSchemas';
import { BLOCK } from '../../../shared/model/blocks';
import type { RichTextDoc } from '../../../shared/model/richText';
import { loadSampleCourse } from '../../support/sampleCourse';

const MEDIA_ID = '00000000-0000-7000-8000-000000000001';
const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const INSERTABLE: InsertableBlock[] = [
  BLOCK.image,
  BLOCK.video,
  BLOCK.audio,
  BLOCK.resource,
  BLOCK.callout,
  BLOCK.keyPoints,
  BLOCK.activityInstructions,
  BLOCK.accordion,
  BLOCK.tabs,
  BLOCK.flashcards,
  BLOCK.process,
  BLOCK.timeline,
  BLOCK.labeledGraphic,
  BLOCK.scenario,
  BLOCK.videoScript,
];

describe('course editor schema', () => {
  it('holds a node for every block name the exporter renders', () => {
    const schema = getSchema(courseExtensions());
    for (const name of Object.values(BLOCK)) expect(schema.nodes[name], name).toBeDefined();
  });

  it('gives media blocks exactly the attributes of the model, with their defaults', () => {
    const schema = getSchema(courseExtensions());
    const image = schema.nodes[BLOCK.image]!.create();
    expect(ImageAttrsSchema.parse(image.attrs)).toEqual({ mediaId: null, alt: '', caption: '' });
    const video = schema.nodes[BLOCK.video]!.create();
    expect(Object.keys(video.attrs).sort()).toEqual(Object.keys(VideoAttrsSchema.shape).sort());
    expect(schema.nodes[BLOCK.callout]!.create(null, schema.nodes.paragraph!.create()).attrs).toEqual({ tone: 'info' });
  });

  it('accepts a capsule using every block, as inserted from the menu, plus headings, lists, links and tables', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: "L'écoute active" }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Voir', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [text('Un')] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [text('A')] }, { type: 'tableCell', content: [text('B')] }] }],
        },
        ...INSERTABLE.map((block) => newBlockContent(block, MEDIA_ID)),
      ],
    };
    expect(validateCapsuleContent(doc)).toBeNull();
  });

  it('rejects content the editor could not open, saying what is wrong', () => {
    // Said through the errors catalogue (French or English), keeping the block's name.
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: 'slideshow' }] })).toEqual({ key: 'contentUnknownNode', params: { name: 'slideshow' } });
    const halfRow = { type: BLOCK.videoScript, content: [{ type: BLOCK.videoScriptRow, content: [{ type: BLOCK.scriptNarration, content: [text('Bonjour')] }] }] };
    expect(validateCapsuleContent({ type: 'doc', content: [halfRow] })).toEqual({ key: 'contentMisplaced', params: { name: BLOCK.videoScriptRow } });
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] })).toEqual({ key: 'contentUnknownMark', params: { name: 'blink' } });
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: BLOCK.image, content: [text('no')] }] })).not.toBeNull();
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: 'text', text: 'loose text' }] })).not.toBeNull();
    // Interactive blocks keep their shape: a hotspot, a situation or a choice never stands alone, a situation opens on text.
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: BLOCK.hotspot, content: [text('seul')] }] })).not.toBeNull();
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: BLOCK.scenarioChoice }] })).not.toBeNull();
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: BLOCK.scenario, content: [{ type: BLOCK.situation, content: [{ type: BLOCK.scenarioChoice }] }] }] })).not.toBeNull();
    expect(validateCapsuleContent({ type: 'doc', content: [{ type: BLOCK.flashcards, content: [] }] })).not.toBeNull();
  });

  it('opens every capsule of the bundled OPTIMANAGER sample', () => {
    const sample = loadSampleCourse();
    const misfits = sample.capsules.map((capsule) => [capsule.title, validateCapsuleContent(capsule.content)]).filter(([, problem]) => problem);
    expect(misfits).toEqual([]);
  });
});
