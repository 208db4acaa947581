const decoder = new TextDecoder('utf-8', { fatal: true });

/** How a file's bytes read: as UTF-8 text, as binary, or as broken UTF-8. */
export function classifyContent(
  bytes: Uint8Array,
): { kind: 'text'; text: string } | { kind: 'binary' | 'not-utf8' } {
  // A NUL byte in the first 8 KiB marks binary content, as git decides it.
  if (bytes.subarray(0, 8192).includes(0)) {
    return { kind: 'binary' };
  }
  try {
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}

/** A file or folder name that is valid UTF-8, as bytes from readdir. */
export function decodeName(name: Buffer): string | undefined {
  try {
    return decoder.decode(name);
  } catch {
    return undefined;
  }
}
