/**
 * The first bytes of an MP4 as far as its container goes: a file-type box, then a media-data box
 * declared to hold the rest of a file of totalBytes. Imports check this much before taking a video.
 */
export function mp4Header(totalBytes: number): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp42')]);
  const mdat = Buffer.alloc(8);
  mdat.writeUInt32BE(totalBytes - ftyp.length, 0);
  mdat.write('mdat', 4, 'latin1');
  return Buffer.concat([ftyp, mdat]);
}
