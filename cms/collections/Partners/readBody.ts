// The request body, read up to `limit` bytes: a larger one is refused without
// being read to its end (a declared length over the limit is refused at once).
export type Body = { ok: true; text: string } | { ok: false; tooLarge: true };

export type Bytes = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

export const readLimitedBody = async (request: Request, limit: number): Promise<Body> => {
  const read = await readLimitedBytes(request, limit);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
};

// The same as bytes (a multipart upload: cms/replies/input.ts).
export const readLimitedBytes = async (request: Request, limit: number): Promise<Bytes> => {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
};
