/** A lead is kilobytes; a bigger answer would stall the worker while it is parsed and cached. */
export const maxBodyBytes = 2 * 1024 * 1024;

/** The body as text, or null when it is bigger than `maxBodyBytes` (read no further). */
export async function readText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBodyBytes || !response.body) {
    return declared > maxBodyBytes ? null : response.text();
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();

      return null;
    }

    chunks.push(part.value);
  }

  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }

  return new TextDecoder().decode(whole);
}
