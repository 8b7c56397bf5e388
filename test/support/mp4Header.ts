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

/** A video of the given size in 1 MB chunks, MP4 as far as its container goes (each chunk filled with its index). */
export async function* mp4Chunks(megabytes: number): AsyncIterable<Buffer> {
  const megabyte = 1024 * 1024;
  const header = mp4Header(megabytes * megabyte);
  yield Buffer.concat([header, Buffer.alloc(megabyte - header.length, 1)]);
  for (let index = 1; index < megabytes; index += 1) yield Buffer.alloc(megabyte, index);
}
