import type { Readable } from 'node:stream';

/** The only image formats profile photos and notice images may have (issue 7: "PNG/GIF as stored"). */
export type ImageType = 'image/png' | 'image/gif';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GIF_SIGNATURES = [Buffer.from('GIF87a', 'latin1'), Buffer.from('GIF89a', 'latin1')];

/**
 * The image type the bytes really are, from their signature ("magic bytes"), or null. The declared
 * content type of an upload is the client's claim; the signature is what a viewer will act on.
 */
export function imageTypeOf(head: Buffer): ImageType | null {
  if (head.length >= PNG_SIGNATURE.length && head.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (head.length >= 6 && GIF_SIGNATURES.some((signature) => head.subarray(0, 6).equals(signature))) return 'image/gif';
  return null;
}

/** Reads at most the first `bytes` bytes of a stream and releases it. */
export async function readHead(stream: Readable, bytes = 16): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      chunks.push(buffer);
      length += buffer.length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** `.png` / `.gif` for an image type. */
export function imageExtension(type: ImageType): string {
  return type === 'image/png' ? '.png' : '.gif';
}
