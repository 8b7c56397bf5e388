import { crc32, deflateSync } from 'node:zlib';
import { ImageRun } from 'docx';
import type { MediaAsset } from '../../../shared/model/course';
import { COLOURS, CONTENT_WIDTH_PX, MAX_PICTURE_HEIGHT_PX } from './storyboardStyles';

/** Larger images are named, not embedded: the storyboard must stay small enough to e-mail. */
export const MAX_EMBEDDED_IMAGE_BYTES = 5_000_000;

const RASTER_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;
export const EMBEDDABLE_IMAGE_TYPES = new Set<string>([...Object.keys(RASTER_TYPES), 'image/svg+xml']);

interface Size {
  width: number;
  height: number;
}

/** Pixel size read from a PNG, GIF or JPEG header, for images stored without one. */
function imageSizeOf(bytes: Uint8Array): Size | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
      const marker = bytes[offset + 1]!;
      const length = view.getUint16(offset + 2);
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return null;
}

function svgSizeOf(bytes: Uint8Array): Size | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 2_000));
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(head);
  if (viewBox) return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
  return null;
}

/** Fits a picture in the text width and a third of a page, keeping its proportions. */
function displaySize(size: Size): Size {
  const scale = Math.min(1, CONTENT_WIDTH_PX / size.width, MAX_PICTURE_HEIGHT_PX / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/**
 * A plain PNG (a light frame around a picture pictogram) that word processors without SVG support
 * (older Word, LibreOffice 7) show in place of an SVG; the alternative text printed below says what it was.
 */
function placeholderPng(size: Size): Buffer {
  const { width, height } = displaySize(size);
  const [fill, ink] = [COLOURS.box, COLOURS.rule].map((hex) => [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)));
  // The pictogram: a sun and a mountain in a square a third of the frame's height, in the middle.
  const side = Math.max(12, Math.round(Math.min(width, height) / 3));
  const [left, top] = [(width - side) / 2, (height - side) / 2];
  const inPictogram = (x: number, y: number): boolean => {
    const [u, v] = [(x - left) / side, (y - top) / side];
    if (u < 0 || u > 1 || v < 0 || v > 1) return false;
    const sun = (u - 0.3) ** 2 + (v - 0.3) ** 2 < 0.012;
    const mountain = v > 0.45 && Math.abs(u - 0.6) < (v - 0.45) * 0.9;
    const frame = u < 0.04 || u > 0.96 || v < 0.04 || v > 0.96;
    return sun || mountain || frame;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const onEdge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      raw.set(onEdge || inPictogram(x, y) ? ink! : fill!, y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const framed = Buffer.alloc(typed.length + 8);
    framed.writeUInt32BE(data.length, 0);
    typed.copy(framed, 4);
    framed.writeUInt32BE(crc32(typed), typed.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The image as a Word picture with its alternative text, or null when its format cannot go into a .docx. */
export function pictureRun(asset: MediaAsset, bytes: Uint8Array, alt: string): ImageRun | null {
  const altText = { name: asset.fileName, title: alt, description: alt };
  if (asset.mimeType === 'image/svg+xml') {
    const size = asset.width && asset.height ? { width: asset.width, height: asset.height } : (svgSizeOf(bytes) ?? { width: CONTENT_WIDTH_PX, height: CONTENT_WIDTH_PX / 2 });
    return new ImageRun({ type: 'svg', data: bytes, fallback: { type: 'png', data: placeholderPng(size) }, transformation: displaySize(size), altText });
  }
  const type = RASTER_TYPES[asset.mimeType as keyof typeof RASTER_TYPES];
  if (!type) return null;
  const size = asset.width && asset.height ? { width: asset.width, height: asset.height } : imageSizeOf(bytes);
  if (!size || size.width === 0 || size.height === 0) return null;
  return new ImageRun({ type, data: bytes, transformation: displaySize(size), altText });
}
